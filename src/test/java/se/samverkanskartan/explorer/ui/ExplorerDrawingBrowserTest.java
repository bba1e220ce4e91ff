package se.samverkanskartan.explorer.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import se.samverkanskartan.BrowserTest;
import se.samverkanskartan.Screenshots;

import static org.assertj.core.api.Assertions.assertThat;

/** How the explorer draws in headless Chromium: once per page load, and labels whole. */
class ExplorerDrawingBrowserTest extends BrowserTest {

	private static final String GRAPH = "document.querySelector('network-graph')";

	private static final String POSITIONS = "JSON.stringify(JSON.parse(" + GRAPH + ".drawnState()).positions)";

	/**
	 * Every canvas ever put into Cytoscape's container: each start of Cytoscape adds its
	 * own.
	 */
	private static final String COUNT_CANVASES = """
			window.cytoscapeCanvases = new Set();
			new MutationObserver((records) => records.forEach((record) => record.addedNodes.forEach((node) => {
			  if (node.nodeType === 1) {
			    [node, ...node.querySelectorAll('canvas')]
			      .filter((element) => element.tagName === 'CANVAS' && element.closest('.network-graph-canvas'))
			      .forEach((canvas) => window.cytoscapeCanvases.add(canvas));
			  }
			}))).observe(document, { childList: true, subtree: true });
			""";

	@Test
	void a_page_load_draws_the_graph_once_then_lets_it_settle() {
		try (var context = loggedIn(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
			context.addInitScript(COUNT_CANVASES);
			Page page = context.newPage();
			page.navigate("http://localhost:" + this.port + "/");
			awaitGraph(page);
			page.waitForTimeout(300);

			assertThat(marks(page, "graph-data")).as("graphs drawn on one page load").isEqualTo(1);
			assertThat(marks(page, "graph-drawn")).isEqualTo(1);
			assertThat(marks(page, "graph-settled")).isEqualTo(1);
			assertThat(number(page, "window.cytoscapeCanvases.size"))
				.as("Cytoscape started once: its canvases are all the ever made")
				.isEqualTo(number(page, "document.querySelectorAll('.network-graph-canvas canvas').length"))
				.isPositive();
			assertThat((Boolean) page.evaluate("performance.getEntriesByName('graph-drawn')[0].startTime"
					+ " <= performance.getEntriesByName('graph-settled')[0].startTime"))
				.isTrue();
			assertThat(((Number) page.evaluate("performance.getEntriesByName('graph-drawn')[0].detail.inView"))
				.doubleValue()).as("share of nodes inside the canvas in the first picture").isEqualTo(1.0);
		}
	}

	@Test
	void a_graph_laid_out_before_comes_back_in_its_final_picture_at_once() {
		try (var context = loggedIn(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
			Page page = context.newPage();
			page.navigate("http://localhost:" + this.port + "/");
			awaitGraph(page);
			assertThat(marks(page, "graph-placed")).as("the first visit lays the graph out in the worker").isEqualTo(1);
			String laidOut = (String) page.evaluate(POSITIONS);

			page.reload();
			awaitGraph(page);

			assertThat(marks(page, "graph-placed")).as("layouts run on the second visit").isZero();
			assertThat(marks(page, "graph-drawn")).isEqualTo(1);
			assertThat((String) page.evaluate(POSITIONS)).as("positions on the second visit").isEqualTo(laidOut);
		}
	}

	@Test
	void labels_far_zoomed_out_are_drawn_as_whole_as_on_a_fresh_draw() throws IOException {
		try (var context = loggedIn(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
			Page page = context.newPage();
			page.navigate("http://localhost:" + this.port + "/");
			awaitGraph(page);
			page.evaluate("() => { " + GRAPH + ".cytoscape.zoom({ level: 0.2, renderedPosition: { x: "
					+ "window.innerWidth / 2, y: window.innerHeight / 2 } }); }");
			page.waitForTimeout(800);
			byte[] zoomed = page.locator("network-graph").screenshot();
			Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
			Files.write(screenshots.resolve("explorer-zoomed-out.png"), zoomed);

			// Adding the same elements again leaves Cytoscape nothing measured at an
			// earlier zoom
			page.evaluate("(() => { const cy = " + GRAPH + ".cytoscape; const all = cy.elements().jsons();"
					+ " cy.elements().remove(); cy.add(all); })()");
			page.waitForTimeout(800);
			byte[] fresh = page.locator("network-graph").screenshot();

			assertThat(Screenshots.changedShare(zoomed, fresh)).as("share of pixels that differ from a fresh draw")
				.isLessThan(0.002);
			assertThat(Screenshots.drawnShare(fresh, -2, -2)).as("share of pixels drawn at all").isGreaterThan(0.001);
		}
	}

	private static void awaitGraph(Page page) {
		page.waitForSelector("network-graph[data-ready]", new Page.WaitForSelectorOptions().setTimeout(30_000));
	}

	private static double number(Page page, String expression) {
		return ((Number) page.evaluate(expression)).doubleValue();
	}

	private static int marks(Page page, String name) {
		return ((Number) page.evaluate("name => performance.getEntriesByName(name).length", name)).intValue();
	}

}
