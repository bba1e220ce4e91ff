package se.samverkanskartan.explorer.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.samverkanskartan.BrowserTest;
import se.samverkanskartan.Screenshots;
import se.samverkanskartan.network.GraphFilter;
import se.samverkanskartan.network.NetworkService;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The running app in headless Chromium: the page, the drawn graph, a real click. */
class ExplorerBrowserTest extends BrowserTest {

	@Autowired
	NetworkService network;

	@Test
	void the_start_page_draws_every_node_and_a_click_on_one_opens_its_panel() throws IOException {
		try (var context = loggedIn(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
			Page page = context.newPage();
			page.navigate("http://localhost:" + this.port + "/");
			awaitGraph(page);

			int expectedNodes = this.network.graph(GraphFilter.EVERYTHING.on(java.time.LocalDate.now())).nodes().size();
			assertThat(((Number) page.evaluate("document.querySelector('network-graph').cytoscape.nodes().length"))
				.intValue()).isEqualTo(expectedNodes);

			assertThat(labelsCloserThanTheGap(page)).as("labels closer than the gap at the default zoom").isZero();
			int labelsBefore = visibleLabels(page);
			// Zoomed in with the wheel as a user does, step by step: the labels keep
			// their gap
			// at every step (they come closer in the graph's units as they shrink)
			// The first fit may still be animating: the wheel would be undone
			page.waitForFunction("() => !document.querySelector('network-graph').cytoscape.animated()");
			page.waitForTimeout(400);
			var box = page.locator("network-graph").boundingBox();
			page.mouse().move(box.x + box.width / 2, box.y + box.height / 2);
			for (int step = 0; step < 6; step++) {
				page.mouse().wheel(0, -120);
				page.waitForTimeout(400);
				assertThat(labelsCloserThanTheGap(page)).as("labels closer than the gap after wheel step %d", step)
					.isZero();
			}
			// Then farther in at once, where more labels find room; they are placed anew
			// in
			// the frame after the zoom, later on a busy machine
			page.evaluate("document.querySelector('network-graph').zoomBy(3)");
			page.waitForFunction(
					"(before) => document.querySelector('network-graph').cytoscape"
							+ ".nodes(':visible').not('.quiet').length > before",
					labelsBefore, new Page.WaitForFunctionOptions().setTimeout(10_000));
			assertThat(visibleLabels(page)).as("zooming in shows more labels").isGreaterThan(labelsBefore);
			page.waitForTimeout(400);
			assertThat(labelsCloserThanTheGap(page)).as("labels closer than the gap, zoomed in").isZero();
			page.evaluate("document.querySelector('network-graph').fit()");
			page.waitForTimeout(600);

			Locator graph = page.locator("network-graph");
			byte[] png = graph.screenshot();
			assertThat(Screenshots.drawnShare(png, 0, 0)).as("share of the graph's pixels that are drawn")
				.isGreaterThan(0.01);
			Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
			page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve("explorer.png")));

			@SuppressWarnings("unchecked")
			var target = (Map<String, Object>) page.evaluate(FIND_CLICKABLE_NODE);
			assertThat(target).as("a node that no overlay covers").isNotNull();
			page.mouse().click(((Number) target.get("x")).doubleValue(), ((Number) target.get("y")).doubleValue());

			assertThat(page.locator(".node-details h2")).hasText((String) target.get("label"));
			assertThat(page.locator(".node-details")).containsText("Kommun");
			page.mouse().move(1, 899);
			page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve("explorer-panel.png")));
		}
	}

	@Test
	void search_ignores_diacritics_enter_selects_and_back_steps_to_the_previous_selection() {
		try (var context = loggedIn(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
			Page page = context.newPage();
			page.navigate("http://localhost:" + this.port + "/");
			awaitGraph(page);

			find(page, "osteraker");
			assertThat(page.locator(".node-details h2")).hasText("Österåker");
			assertThat(page).hasURL(java.util.regex.Pattern.compile(".*selected=municipality(%3A|:)0117.*"));

			find(page, "upplands vasby");
			assertThat(page.locator(".node-details h2")).hasText("Upplands Väsby");
			assertThat(page).hasURL(java.util.regex.Pattern.compile(".*selected=municipality(%3A|:)0114.*"));

			page.goBack();
			assertThat(page.locator(".node-details h2")).hasText("Österåker");

			page.navigate("http://localhost:" + this.port
					+ "/?kind=municipality&kind=forum&selected=municipality:0127&pathTo=municipality:0117");
			awaitGraph(page);
			assertThat(page.locator(".path-section ol.path").first()).containsText("Botkyrka →");
			assertThat(
					((Number) page.evaluate("document.querySelector('network-graph').cytoscape.$('.on-path').length"))
						.intValue())
				.isGreaterThan(2);
			page.mouse().move(1, 899);
			page.screenshot(
					new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "explorer-path.png")));
		}
	}

	/**
	 * Whether each element matched is wholly inside the window's width once scrolled to.
	 */
	private static final String ALL_WITHIN_WIDTH = """
			(selector) => [...document.querySelectorAll(selector)].map((element) => {
			  element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
			  const box = element.getBoundingClientRect();
			  return box.width > 0 && box.left >= 0 && box.right <= window.innerWidth;
			})""";

	@Test
	void a_narrow_window_keeps_every_control_within_reach() {
		try (var context = loggedIn(new Browser.NewContextOptions().setViewportSize(760, 700))) {
			Page page = context.newPage();
			page.navigate("http://localhost:" + this.port + "/");
			awaitGraph(page);

			withinWidth(page, ".language-select", ".menu-toggle", ".graph-search", ".filters-toggle");
			// The filters and view choices open behind their button, the pages behind the
			// menu's
			page.locator(".filters-toggle").click();
			page.waitForSelector(".filter-bar.filters-open");
			withinWidth(page, ".view-switch", ".colour-select", ".suggest-toggle", ".export-open", ".save-view",
					".org-new", ".filter-topic");
			page.locator(".filters-toggle").click();
			page.locator(".menu-toggle").click();
			// once the drawer has slid in
			page.waitForFunction("() => document.querySelector('.drawer-nav a').getBoundingClientRect().left >= 0");
			withinWidth(page, ".drawer-nav a");
			page.keyboard().press("Escape");
			assertThat(((Number) page.evaluate("document.querySelector('.graph-legend').getBoundingClientRect().height"
					+ " / document.querySelector('network-graph').getBoundingClientRect().height"))
				.doubleValue()).as("share of the graph's height under the legend").isLessThanOrEqualTo(0.4);
		}
	}

	private static void withinWidth(Page page, String... controls) {
		for (String control : controls) {
			assertThat(((List<?>) page.evaluate(ALL_WITHIN_WIDTH, control)).stream().map(Boolean.TRUE::equals))
				.as(control)
				.isNotEmpty()
				.containsOnly(true);
		}
	}

	/**
	 * Pairs of shown labels less than 3.5 px apart on screen (the gap kept is 4 px), from
	 * the boxes Cytoscape measures.
	 */
	private static final String LABELS_CLOSER_THAN_THE_GAP = """
			(() => {
			  const cy = document.querySelector('network-graph').cytoscape;
			  const room = 3.5 / cy.zoom();
			  const boxes = cy.nodes().filter((node) => !node.hasClass('quiet'))
			    .map((node) => node.boundingBox({ includeLabels: true, includeNodes: false, includeOverlays: false }));
			  let close = 0;
			  boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => {
			    if (a.x1 < b.x2 + room && b.x1 < a.x2 + room && a.y1 < b.y2 + room && b.y1 < a.y2 + room) close++;
			  }));
			  return close;
			})()""";

	private static int labelsCloserThanTheGap(Page page) {
		return ((Number) page.evaluate(LABELS_CLOSER_THAN_THE_GAP)).intValue();
	}

	private static int visibleLabels(Page page) {
		return ((Number) page
			.evaluate("document.querySelector('network-graph').cytoscape.nodes(':visible').not('.quiet').length"))
			.intValue();
	}

	private static void awaitGraph(Page page) {
		page.waitForSelector("network-graph[data-ready]", new Page.WaitForSelectorOptions().setTimeout(30_000));
	}

	private static void find(Page page, String text) {
		Locator input = page.locator("vaadin-combo-box.graph-search input");
		input.fill(text);
		page.locator("vaadin-combo-box-item").first().waitFor();
		input.press("ArrowDown");
		input.press("Enter");
	}

	@Test
	void nodes_can_be_dragged_hover_fades_the_rest_and_a_new_layout_moves_the_nodes() {
		try (var context = loggedIn(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
			Page page = context.newPage();
			page.navigate("http://localhost:" + this.port + "/?kind=municipality&kind=forum");
			awaitGraph(page);
			@SuppressWarnings("unchecked")
			var target = (Map<String, Object>) page.evaluate(FIND_CLICKABLE_NODE);
			double x = ((Number) target.get("x")).doubleValue();
			double y = ((Number) target.get("y")).doubleValue();
			String id = (String) page.evaluate(
					"([x, y]) => { const g = document.querySelector('network-graph'); const b = g.getBoundingClientRect();"
							+ " return g.cytoscape.nodes().filter(n => { const p = n.renderedPosition();"
							+ " return Math.abs(b.left + p.x - x) < 1 && Math.abs(b.top + p.y - y) < 1; })[0].id(); }",
					List.of(x, y));

			page.mouse().move(x, y);
			assertThat(countWhere(page, "nodes('.faded')")).as("hover fades the rest").isPositive();
			assertThat(((Number) page.evaluate(
					"id => document.querySelector('network-graph').cytoscape.getElementById(id).closedNeighborhood('.faded').length",
					id))
				.intValue()).as("the hovered node and its neighbours stay").isZero();

			page.mouse().down();
			page.mouse().move(x + 60, y + 40, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
			page.mouse().up();
			@SuppressWarnings("unchecked")
			var moved = (Map<String, Object>) page.evaluate(
					"id => document.querySelector('network-graph').cytoscape.getElementById(id).renderedPosition()",
					id);
			assertThat(((Number) moved.get("x")).doubleValue() - (x - boxLeft(page))).isGreaterThan(30);

			String before = positions(page);
			page.locator("vaadin-select.layout-select").click();
			page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Grupperad")).click();
			page.waitForFunction(
					"() => !document.querySelector('network-graph').cytoscape.nodes().some(n => n.animated())");
			page.waitForTimeout(800);
			assertThat(page).hasURL(java.util.regex.Pattern.compile(".*layout=grouped.*"));
			assertThat(positions(page)).isNotEqualTo(before);
		}
	}

	@Test
	void hovering_an_organisation_shows_its_partners_names_without_a_label_over_another() {
		try (var context = loggedIn(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
			Page page = context.newPage();
			page.navigate("http://localhost:" + this.port + "/");
			awaitGraph(page);
			page.waitForFunction("() => !document.querySelector('network-graph').cytoscape.animated()");
			page.waitForTimeout(400);
			// The three organisations in view with the most partners whose names are
			// hidden
			@SuppressWarnings("unchecked")
			var targets = (List<Map<String, Object>>) page.evaluate(MOST_QUIET_NEIGHBOURS);
			assertThat(targets).hasSize(3);
			var graphBox = page.locator("network-graph").boundingBox();
			int namesShown = 0;
			for (var target : targets) {
				page.mouse()
					.move(((Number) target.get("x")).doubleValue(), ((Number) target.get("y")).doubleValue(),
							new com.microsoft.playwright.Mouse.MoveOptions().setSteps(4));
				page.waitForFunction(
						"() => document.querySelector('network-graph').cytoscape.nodes('.faded').length > 0");
				assertThat(((Number) page.evaluate(OVERLAPPING_DRAWN_LABELS)).intValue())
					.as("pairs of drawn labels (faded ones too) over each other while hovering %s", target.get("label"))
					.isZero();
				namesShown += ((Number) page.evaluate("document.querySelector('network-graph').cytoscape"
						+ ".nodes('.quiet.hovered').filter(n => Number(n.style('text-opacity')) > 0).length"))
					.intValue();
				// Zooming with the wheel while the pointer rests on it: the labels are
				// placed
				// anew and keep their gap
				page.mouse().wheel(0, -240);
				page.evaluate("document.querySelector('network-graph').zoomBy(3)");
				page.waitForTimeout(1200);
				assertThat(((Number) page.evaluate(OVERLAPPING_DRAWN_LABELS)).intValue())
					.as("drawn labels over each other after zooming while hovering %s", target.get("label"))
					.isZero();
				assertThat(labelsCloserThanTheGap(page)).as("labels after zooming while hovering").isZero();
				page.evaluate("document.querySelector('network-graph').fit()");
				page.waitForTimeout(600);
				// Away to an empty corner of the graph: everything as before
				page.mouse()
					.move(graphBox.x + 12, graphBox.y + graphBox.height * 0.35,
							new com.microsoft.playwright.Mouse.MoveOptions().setSteps(8));
				page.waitForFunction(
						"() => document.querySelector('network-graph').cytoscape.nodes('.faded').length === 0");
			}
			assertThat(namesShown).as("hidden names of partners shown on hover").isPositive();
			assertThat(labelsCloserThanTheGap(page)).as("labels after the pointer leaves").isZero();
		}
	}

	private static final String MOST_QUIET_NEIGHBOURS = """
			(() => {
			  const graph = document.querySelector('network-graph');
			  const box = graph.getBoundingClientRect();
			  const found = [];
			  for (const node of graph.cytoscape.nodes()) {
			    const p = node.renderedPosition();
			    const x = box.left + p.x, y = box.top + p.y;
			    const hit = document.elementFromPoint(x, y);
			    if (!hit || hit.closest('network-graph') !== graph) continue;
			    found.push({ x, y, label: node.data('label'), quiet: node.neighborhood('node.quiet').length });
			  }
			  return found.sort((a, b) => b.quiet - a.quiet).slice(0, 3);
			})()""";

	/** Pairs of labels drawn on the canvas (any opacity) whose boxes overlap. */
	private static final String OVERLAPPING_DRAWN_LABELS = """
			(() => {
			  const cy = document.querySelector('network-graph').cytoscape;
			  const boxes = cy.nodes(':visible')
			    .filter((node) => Number(node.style('text-opacity')) > 0 && node.effectiveOpacity() > 0)
			    .map((node) => node.boundingBox({ includeLabels: true, includeNodes: false, includeOverlays: false }));
			  let overlaps = 0;
			  boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => {
			    if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlaps++;
			  }));
			  return overlaps;
			})()""";

	private static int countWhere(Page page, String selection) {
		return ((Number) page.evaluate("document.querySelector('network-graph').cytoscape." + selection + ".length"))
			.intValue();
	}

	private static double boxLeft(Page page) {
		return ((Number) page.evaluate("document.querySelector('network-graph').getBoundingClientRect().left"))
			.doubleValue();
	}

	private static String positions(Page page) {
		return (String) page.evaluate(
				"JSON.stringify(document.querySelector('network-graph').cytoscape.nodes().map(n => n.position()))");
	}

	@Test
	void english_chosen_in_the_menu_stays_for_the_session() {
		try (var context = loggedIn(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
			Page page = context.newPage();
			page.navigate("http://localhost:" + this.port + "/");
			awaitGraph(page);
			assertThat(page.locator(".graph-summary")).containsText("organisationer");
			assertThat(page.locator(".graph-ties-hint")).isHidden();

			page.locator("vaadin-select.language-select").click();
			page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("English")).click();
			awaitGraph(page);

			assertThat(page.locator(".graph-summary")).containsText("organisations");
			assertThat(page.locator(".graph-legend")).containsText("Violent extremism");
			page.navigate("http://localhost:" + this.port + "/om-underlaget");
			assertThat(page.locator("h2")).hasText("About the data");
		}
	}

	// The first municipality whose centre is not under the legend or the counts.
	private static final String FIND_CLICKABLE_NODE = """
			() => {
			  const graph = document.querySelector('network-graph');
			  const box = graph.getBoundingClientRect();
			  for (const node of graph.cytoscape.nodes('[kind = "municipality"]')) {
			    const p = node.renderedPosition();
			    const x = box.left + p.x, y = box.top + p.y;
			    const hit = document.elementFromPoint(x, y);
			    if (hit && hit.closest('network-graph') === graph) {
			      return { x, y, label: node.data('label') };
			    }
			  }
			  return null;
			}
			""";

}
