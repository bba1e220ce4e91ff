package se.samverkanskartan.explorer.ui;

import java.nio.file.Path;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import se.samverkanskartan.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Cluster colours, outlines and suggested ties in the explorer, in headless Chromium. */
class ExplorerOverlayBrowserTest extends BrowserTest {

	@Test
	void clusters_are_coloured_and_outlined_and_suggestions_are_dashed_with_their_reasons_on_hover() {
		try (var context = loggedIn(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
			Page page = context.newPage();
			page.navigate(url("/?clusters=on&suggest=on&selected=municipality:0125&hideHubs=true"));
			page.waitForSelector("network-graph[data-ready]", new Page.WaitForSelectorOptions().setTimeout(30_000));
			page.waitForFunction("document.querySelector('network-graph').clusterOutlines() >= 2");

			int clusters = ((Number) page.evaluate(
					"new Set(document.querySelector('network-graph').cytoscape.nodes().map(n => n.data('cluster')).filter(c => c !== null)).size"))
				.intValue();
			assertThat(clusters).isGreaterThanOrEqualTo(2);
			// One outline per cluster, drawn on the next frame
			page.waitForFunction("n => document.querySelector('network-graph').clusterOutlines() === n", clusters);
			int suggested = ((Number) page
				.evaluate("document.querySelector('network-graph').cytoscape.edges('[kind = \"SUGGESTION\"]').length"))
				.intValue();
			assertThat(suggested).isPositive();
			assertThat(page.locator(".graph-legend").textContent()).contains("Kluster", "Föreslagen samverkan");

			// Hover the middle of a suggested tie: its reasons become the tooltip
			page.evaluate(
					"""
							() => { const g = document.querySelector('network-graph'); const e = g.cytoscape.edges('[kind = "SUGGESTION"]')[0];
							  g.cytoscape.fit(e.connectedNodes(), 200); }""");
			page.waitForTimeout(300);
			@SuppressWarnings("unchecked")
			var mid = (java.util.Map<String, Number>) page.evaluate(
					"""
							() => { const g = document.querySelector('network-graph'); const e = g.cytoscape.edges('[kind = "SUGGESTION"]')[0];
							  const p = e.renderedMidpoint(); const r = g.querySelector('.network-graph-canvas').getBoundingClientRect();
							  return {x: r.left + p.x, y: r.top + p.y}; }""");
			page.mouse().move(mid.get("x").doubleValue(), mid.get("y").doubleValue());
			page.waitForFunction(
					"document.querySelector('.network-graph-canvas').title.startsWith('Föreslagen samverkan: ')");
			page.screenshot(
					new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "explorer-clusters.png")));
		}
	}

}
