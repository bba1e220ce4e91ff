package se.samverkanskartan.explorer.ui;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * The explorer driven as a person drives it: choosing in its selects, typing, clicking;
 * and what it shows, read back as a {@link Drawn} to compare with a fresh load.
 */
final class ExplorerPage {

	private static final Page.WaitForFunctionOptions PATIENT = new Page.WaitForFunctionOptions().setTimeout(30_000);

	final Page page;

	ExplorerPage(Page page) {
		this.page = page;
	}

	/** Opens an address of the app and waits until the page has settled. */
	ExplorerPage open(String url) {
		this.page.navigate(url);
		settle();
		return this;
	}

	/**
	 * Waits until Vaadin has no request under way and the graph (when shown) is ready and
	 * still: the state a user looks at.
	 */
	void settle() {
		this.page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
				+ " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())", null, PATIENT);
		this.page.waitForFunction("""
				() => {
				  const graph = document.querySelector('network-graph');
				  if (!graph || graph.offsetParent === null) return true;
				  const cy = graph.cytoscape;
				  return graph.hasAttribute('data-ready') && cy && !cy.nodes().some(n => n.animated());
				}""", null, PATIENT);
		// the cluster outlines follow in the next animation frame
		this.page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
	}

	/** Chooses one item of a vaadin-select by its visible text. */
	void choose(String selectClass, String item) {
		this.page.locator("vaadin-select." + selectClass).click();
		this.page
			.getByRole(com.microsoft.playwright.options.AriaRole.OPTION,
					new Page.GetByRoleOptions().setName(item).setExact(true))
			.click();
		settle();
	}

	/** Chooses the language; the page reloads in it. */
	void chooseLanguage(String language, String networkLink) {
		this.page.locator("vaadin-select.language-select").click();
		this.page.locator("vaadin-select-item:visible")
			.filter(new Locator.FilterOptions().setHasText(language))
			.first()
			.click();
		this.page.waitForFunction(
				"(text) => [...document.querySelectorAll('.main-nav a')].some(a => a.textContent === text)",
				networkLink, PATIENT);
		settle();
	}

	/** Clicks the graph's background where no organisation is: clears the selection. */
	void clickBackground() {
		@SuppressWarnings("unchecked")
		var at = (Map<String, Object>) this.page.evaluate(
				"""
						() => {
						  const graph = document.querySelector('network-graph');
						  const box = graph.getBoundingClientRect();
						  const cy = graph.cytoscape;
						  for (let y = box.top + 40; y < box.bottom - 10; y += 23) {
						    for (let x = box.left + box.width / 2; x < box.right - 10; x += 31) {
						      const hit = document.elementFromPoint(x, y);
						      const inside = cy.nodes().some(n => { const b = n.renderedBoundingBox();
						        return x - box.left > b.x1 - 8 && x - box.left < b.x2 + 8 && y - box.top > b.y1 - 8 && y - box.top < b.y2 + 8; });
						      if (hit && hit.closest('network-graph') === graph && !inside) return { x, y };
						    }
						  }
						  return null;
						}""");
		if (at != null) {
			this.page.mouse().click(((Number) at.get("x")).doubleValue(), ((Number) at.get("y")).doubleValue());
			settle();
		}
	}

	/** Whether the graph (not the table twin) is shown. */
	boolean graphShown() {
		return (Boolean) this.page.evaluate(
				"() => { const g = document.querySelector('network-graph'); return !!g && g.offsetParent !== null; }");
	}

	/** Ticks or unticks one item of a multi-select filter, typing to find it. */
	void toggleInFilter(String filterClass, String item) {
		Locator input = this.page.locator("vaadin-multi-select-combo-box." + filterClass + " input");
		input.click();
		input.fill(item);
		Locator option = this.page.locator("vaadin-multi-select-combo-box-item")
			.filter(new Locator.FilterOptions().setHasText(item))
			.first();
		option.waitFor();
		option.click();
		input.press("Escape");
		settle();
	}

	/** Clears a multi-select filter with its clear button. */
	void clearFilter(String filterClass) {
		Locator clear = this.page.locator("vaadin-multi-select-combo-box." + filterClass + " [part~='clear-button']");
		if (clear.isVisible()) {
			clear.click();
			settle();
		}
	}

	/**
	 * Types a day into a date picker (the Swedish format is the ISO one) or clears it.
	 */
	void typeDay(String pickerClass, String isoDay) {
		Locator input = this.page.locator("vaadin-date-picker." + pickerClass + " input");
		input.click();
		input.fill(isoDay);
		// Enter commits the typed day and closes the calendar (Escape would clear it)
		input.press("Enter");
		settle();
	}

	void tick(String checkboxClass) {
		this.page.locator("vaadin-checkbox." + checkboxClass + " input").click();
		settle();
	}

	/** Types into the search and presses Enter, without choosing a hit first. */
	void search(String text) {
		Locator input = this.page.locator("vaadin-combo-box.graph-search input");
		input.click();
		input.fill(text);
		input.press("Enter");
		settle();
	}

	/**
	 * Clicks an organisation where it is drawn; false when nothing clickable is in view.
	 */
	boolean clickNode(String id) {
		@SuppressWarnings("unchecked")
		var at = (Map<String, Object>) this.page.evaluate("""
				(id) => {
				  const graph = document.querySelector('network-graph');
				  const node = graph.cytoscape.getElementById(id);
				  if (node.empty()) return null;
				  const box = graph.getBoundingClientRect();
				  const p = node.renderedPosition();
				  const x = box.left + p.x, y = box.top + p.y;
				  const hit = document.elementFromPoint(x, y);
				  return hit && hit.closest('network-graph') === graph ? { x, y } : null;
				}""", id);
		if (at == null) {
			return false;
		}
		this.page.mouse().click(((Number) at.get("x")).doubleValue(), ((Number) at.get("y")).doubleValue());
		settle();
		return true;
	}

	/**
	 * Clicks the first tie between the two organisations at the middle of its drawn line;
	 * false when it is not drawn or something covers that spot.
	 */
	boolean clickTie(String from, String to) {
		@SuppressWarnings("unchecked")
		var at = (Map<String, Object>) this.page.evaluate(
				"""
						([from, to]) => {
						  const graph = document.querySelector('network-graph');
						  const tie = graph.cytoscape.getElementById(from).edgesWith(graph.cytoscape.getElementById(to)).first();
						  if (tie.empty()) return null;
						  const box = graph.getBoundingClientRect();
						  const p = tie.renderedMidpoint();
						  const x = box.left + p.x, y = box.top + p.y;
						  const hit = document.elementFromPoint(x, y);
						  return hit && hit.closest('network-graph') === graph ? { x, y, id: tie.id() } : null;
						}""",
				List.of(from, to));
		if (at == null) {
			return false;
		}
		this.page.mouse().click(((Number) at.get("x")).doubleValue(), ((Number) at.get("y")).doubleValue());
		settle();
		return true;
	}

	/** The ids of the ties Cytoscape has selected (drawn highlighted). */
	@SuppressWarnings("unchecked")
	List<String> selectedTies() {
		return (List<String>) this.page
			.evaluate("document.querySelector('network-graph').cytoscape.edges(':selected').map(e => e.id())");
	}

	/** The ids of the organisations drawn now. */
	@SuppressWarnings("unchecked")
	List<String> nodeIds() {
		return (List<String>) this.page
			.evaluate("() => document.querySelector('network-graph').cytoscape.nodes().map(n => n.id()).sort()");
	}

	/** What the page shows, in terms that a fresh load of its address must repeat. */
	Drawn drawn() {
		@SuppressWarnings("unchecked")
		var read = (Map<String, Object>) this.page.evaluate(READ);
		return Drawn.of(read);
	}

	String url() {
		return this.page.url();
	}

	/**
	 * The graph's content, colours and selection, the side panel's title, and how its
	 * positions are spread: the square root of the smaller eigenvalue of the positions'
	 * covariance over that of the larger, and the number of overlapping node pairs.
	 */
	private static final String READ = """
			() => {
			  const graph = document.querySelector('network-graph');
			  const shown = graph && graph.offsetParent !== null && graph.cytoscape;
			  const title = [...document.querySelectorAll('.node-details h2, .tie-details h2')]
			    .filter(h => h.offsetParent !== null).map(h => h.textContent).join(' | ');
			  const table = document.querySelector('.table-twin');
			  const result = { title, table: !!(table && table.offsetParent !== null), nodes: [], edges: [],
			    colours: {}, dashed: [], outlines: 0, selected: [], spread: 1, overlaps: 0 };
			  if (!shown) return result;
			  const cy = graph.cytoscape;
			  result.nodes = cy.nodes().map(n => n.id());
			  result.edges = cy.edges().map(e => e.id());
			  cy.nodes().forEach(n => { result.colours[n.id()] = n.style('background-color'); });
			  result.dashed = cy.edges().filter(e => e.style('line-style') === 'dashed').map(e => e.id());
			  result.outlines = graph.clusterOutlines();
			  result.selected = cy.$(':selected').map(e => e.id());
			  const points = cy.nodes().map(n => n.position());
			  if (points.length > 2) {
			    const mx = points.reduce((s, p) => s + p.x, 0) / points.length;
			    const my = points.reduce((s, p) => s + p.y, 0) / points.length;
			    let xx = 0, yy = 0, xy = 0;
			    for (const p of points) { xx += (p.x - mx) ** 2; yy += (p.y - my) ** 2; xy += (p.x - mx) * (p.y - my); }
			    const half = (xx + yy) / 2, root = Math.sqrt(((xx - yy) / 2) ** 2 + xy ** 2);
			    result.spread = Math.sqrt(Math.max(0, half - root)) / Math.max(1e-9, Math.sqrt(half + root));
			  }
			  const boxes = cy.nodes().map(n => n.boundingBox({ includeLabels: false, includeOverlays: false }));
			  for (let i = 0; i < boxes.length; i++) {
			    for (let j = i + 1; j < boxes.length; j++) {
			      const a = boxes[i], b = boxes[j];
			      if (a.x1 < b.x2 - 0.5 && b.x1 < a.x2 - 0.5 && a.y1 < b.y2 - 0.5 && b.y1 < a.y2 - 0.5) result.overlaps++;
			    }
			  }
			  return result;
			}""";

	/**
	 * What is drawn.
	 *
	 * @param spread the smaller principal axis of the positions over the larger
	 * @param overlaps pairs of nodes drawn over each other
	 */
	record Drawn(Set<String> nodes, Set<String> edges, Map<String, String> colours, Set<String> dashed, int outlines,
			Set<String> selected, String title, boolean table, double spread, int overlaps) {

		@SuppressWarnings("unchecked")
		static Drawn of(Map<String, Object> read) {
			return new Drawn(new TreeSet<>((List<String>) read.get("nodes")),
					new TreeSet<>((List<String>) read.get("edges")),
					new java.util.TreeMap<>((Map<String, String>) read.get("colours")),
					new TreeSet<>((List<String>) read.get("dashed")), ((Number) read.get("outlines")).intValue(),
					new TreeSet<>((List<String>) read.get("selected")), (String) read.get("title"),
					Boolean.TRUE.equals(read.get("table")), ((Number) read.get("spread")).doubleValue(),
					((Number) read.get("overlaps")).intValue());
		}

		/** Everything a fresh load must repeat exactly (positions may differ). */
		Drawn content() {
			return new Drawn(this.nodes, this.edges, this.colours, this.dashed, Integer.signum(this.outlines),
					this.selected, this.title, this.table, 0, 0);
		}

	}

}
