package se.samverkanskartan.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

import se.samverkanskartan.Chromium;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A graph above the large-graph threshold in Chromium: drawn at the server's positions
 * first, ties added afterwards and shown only once the user zooms in.
 */
class LargeGraphBrowserTest {

	private static final SyntheticNetwork LARGE = new SyntheticNetwork("large-test", 700, 6_000, 11);

	private static final String CY = "document.querySelector('network-graph').cytoscape";

	@TempDir
	Path data;

	@Test
	void a_large_graph_shows_its_ties_once_zoomed_in_and_asks_for_zooming_only_while_they_are_hidden()
			throws Exception {
		// A second app in this JVM installs its own security context strategy; give it
		// back
		var strategy = SecurityContextHolder.getContextHolderStrategy();
		try (ConfigurableApplicationContext app = Benchmark.start(this.data,
				"--samverkanskartan.security.anonymous-read=true");
				Playwright playwright = Chromium.playwright();
				Browser browser = Chromium.launch(playwright)) {
			Benchmark.load(app, LARGE.generate());
			Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 900));
			page.navigate("http://localhost:" + app.getEnvironment().getProperty("local.server.port") + "/");
			page.waitForSelector("network-graph[data-ready]", new Page.WaitForSelectorOptions().setTimeout(60_000));
			page.waitForFunction("() => performance.getEntriesByName('graph-ties-added').length > 0", null,
					new Page.WaitForFunctionOptions().setTimeout(60_000));

			int sent = number(page, "document.querySelector('network-graph').graph.edges.length");
			assertThat(sent + number(page, CY + ".nodes().length")).as("a large graph").isGreaterThan(6_000);
			assertThat(number(page, CY + ".edges().length")).as("ties in Cytoscape").isEqualTo(sent);
			assertThat(number(page, CY + ".edges(':visible').length")).as("ties shown far out").isZero();
			assertThat(page.locator(".graph-ties-hint")).isVisible();
			assertThat(page.locator(".graph-summary")).containsText("zooma in");
			assertThat(number(page, "performance.getEntriesByName('graph-drawn')[0].detail.ties"))
				.as("ties in the first picture: they come after it")
				.isZero();
			assertThat(number(page, "performance.getEntriesByName('graph-drawn')[0].detail.inView * 100"))
				.as("per cent of organisations inside the first picture")
				.isEqualTo(100);

			page.evaluate("() => { " + CY + ".zoom({ level: 1, renderedPosition: { x: 700, y: 450 } }); }");
			page.waitForFunction("() => " + CY + ".edges(':visible').length > 0", null,
					new Page.WaitForFunctionOptions().setTimeout(30_000));
			assertThat(page.locator(".graph-ties-hint")).isHidden();
			Files.createDirectories(Path.of("target", "screenshots"));
			page.screenshot(
					new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "large-zoomed-in.png")));

			page.evaluate("() => { " + CY + ".zoom({ level: 0.05, renderedPosition: { x: 700, y: 450 } }); }");
			assertThat(page.locator(".graph-ties-hint")).isVisible();
		}
		finally {
			SecurityContextHolder.setContextHolderStrategy(strategy);
		}
	}

	private static int number(Page page, String expression) {
		return ((Number) page.evaluate(expression)).intValue();
	}

}
