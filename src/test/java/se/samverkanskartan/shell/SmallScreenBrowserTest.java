package se.samverkanskartan.shell;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import se.samverkanskartan.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A phone 360 px wide: nothing sits off-screen without a way to it, the menu is a drawer,
 * the explorer's filters fold, and a tap on an organisation selects it.
 */
class SmallScreenBrowserTest extends BrowserTest {

	private static final Browser.NewContextOptions PHONE = new Browser.NewContextOptions().setViewportSize(360, 740)
		.setHasTouch(true)
		.setIsMobile(true);

	/** Elements of the header and the page that reach past the window's right edge. */
	private static final String OFF_SCREEN = """
			() => [...document.querySelectorAll('header *, main *')]
			  .filter(e => e.offsetParent !== null && e.closest('vaadin-grid, network-graph, vaadin-app-layout [slot=drawer]') === null)
			  .filter(e => { const box = e.getBoundingClientRect(); return box.width > 0 && box.right > window.innerWidth + 1; })
			  .filter(e => { // inside a box that scrolls sideways within the window, it can be reached
			    for (let box = e.parentElement; box && box.localName !== 'main'; box = box.parentElement) {
			      if (['auto', 'scroll'].includes(getComputedStyle(box).overflowX)
			          && box.getBoundingClientRect().right <= window.innerWidth + 1) return false;
			    }
			    return true; })
			  .map(e => e.localName + (e.className ? '.' + String(e.className).split(' ')[0] : ''))""";

	@Test
	void on_a_phone_no_page_reaches_past_the_window_and_the_menu_is_a_drawer() {
		try (var context = loggedIn(PHONE)) {
			Page page = context.newPage();
			for (String path : List.of("", "analys", "partner", "forslag", "data", "hjalp", "tillganglighet",
					"kartlaggning", "resultat", "om-underlaget", "kommun/0136")) {
				page.navigate(url("/" + path));
				page.waitForSelector("main#innehall > *");
				page.waitForTimeout(300);
				assertThat(page.evaluate(OFF_SCREEN)).as("off-screen on /" + path).asList().isEmpty();
			}
			assertThat(page.locator(".main-nav")).isHidden();
			page.locator(".menu-toggle").click();
			page.locator(".drawer-nav a").getByText("Hitta partner").click();
			assertThat(page).hasURL(url("/partner"));
			assertThat(page.locator(".drawer-nav")).not().isInViewport();
		}
	}

	@Test
	void on_a_phone_the_filters_fold_and_a_tap_selects_an_organisation() {
		try (var context = loggedIn(PHONE)) {
			Page page = context.newPage();
			page.navigate(url("/"));
			page.waitForSelector("network-graph[data-ready]");
			assertThat(page.locator("vaadin-multi-select-combo-box.filter-topic")).isHidden();
			assertThat(page.locator(".graph-search")).isVisible();

			page.locator(".filters-toggle").click();
			assertThat(page.locator("vaadin-multi-select-combo-box.filter-topic")).isVisible();
			assertThat(page.locator(".filters-toggle")).hasAttribute("aria-expanded", "true");
			page.locator(".filters-toggle").click();
			assertThat(page.locator("vaadin-multi-select-combo-box.filter-topic")).isHidden();

			@SuppressWarnings("unchecked")
			var at = (Map<String, Object>) page.evaluate("""
					() => { const graph = document.querySelector('network-graph');
					  const box = graph.getBoundingClientRect();
					  const nodes = graph.cytoscape.nodes(':visible');
					  // the organisation farthest from any other, so that the finger finds it alone
					  const apart = (n) => Math.min(...nodes.filter(m => m !== n).map(m => {
					    const a = n.renderedPosition(), b = m.renderedPosition();
					    return Math.hypot(a.x - b.x, a.y - b.y); }));
					  const node = nodes.max(apart).ele;
					  const p = node.renderedPosition();
					  return { x: box.left + p.x, y: box.top + p.y, name: node.data('label') }; }""");
			page.touchscreen().tap(((Number) at.get("x")).doubleValue(), ((Number) at.get("y")).doubleValue());
			assertThat(page.locator(".node-details h2")).hasText((String) at.get("name"));
		}
	}

}
