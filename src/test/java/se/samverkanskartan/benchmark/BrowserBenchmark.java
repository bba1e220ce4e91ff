package se.samverkanskartan.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.springframework.context.ConfigurableApplicationContext;

import se.samverkanskartan.Chromium;

/**
 * Loads each synthetic size into a fresh app and opens the explorer in headless Chromium:
 * time from navigation to the first drawn graph, then frame times while panning, once per
 * renderer (canvas, and Cytoscape's WebGL mode on SwiftShader). Run:
 * {@code ./mvnw -Pbenchmark test-compile exec:exec -Dbenchmark.class=BrowserBenchmark}.
 */
public final class BrowserBenchmark {

	private static final int FRAMES = 120;

	/** Pans a little every animation frame and returns the frame intervals in ms. */
	private static final String PAN = """
			async (frames) => {
			  const cy = document.querySelector('network-graph').cytoscape;
			  const times = [];
			  let last = performance.now();
			  await new Promise((resolve) => {
			    const step = (now) => {
			      times.push(now - last);
			      last = now;
			      cy.panBy({ x: 3, y: 2 });
			      if (times.length < frames) { requestAnimationFrame(step); } else { resolve(); }
			    };
			    requestAnimationFrame(step);
			  });
			  return times.slice(1);
			}""";

	private BrowserBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		Benchmark.runSizes("browser-benchmark.txt", BrowserBenchmark::run);
	}

	private static List<String> run(SyntheticNetwork size) throws IOException {
		List<String> lines = new ArrayList<>();
		lines.add("");
		lines.add("== " + size.name() + " in Chromium: " + size.nodes() + " organisations, " + size.ties()
				+ " cooperation ties ==");
		Path data = Files.createTempDirectory("samverkanskartan-browser-benchmark-");
		try (ConfigurableApplicationContext app = Benchmark.start(data,
				"--samverkanskartan.security.anonymous-read=true");
				Playwright playwright = Chromium.playwright();
				Browser browser = Chromium.launchWithSoftwareWebgl(playwright)) {
			Benchmark.load(app, size.generate());
			String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port") + "/";
			for (String renderer : List.of("canvas", "webgl")) {
				// The first visit warms the server (read model, Vaadin); the second is
				// measured
				for (int visit = 0; visit < 2; visit++) {
					try (Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 900))) {
						long start = System.nanoTime();
						page.navigate(base + "?renderer=" + renderer);
						page.waitForSelector("network-graph[data-ready]",
								new Page.WaitForSelectorOptions().setTimeout(300_000));
						double drawn = Benchmark.millis(start);
						if (visit == 0) {
							continue;
						}
						Map<?, ?> shown = (Map<?, ?>) page.evaluate("""
								() => { const g = document.querySelector('network-graph');
								  const at = (name) => performance.getEntriesByName(name).at(-1)?.startTime ?? -1;
								  return { nodes: g.cytoscape.nodes().length, edges: g.cytoscape.edges().length,
								           renderer: g.renderer, data: at('graph-data'), drawn: at('graph-drawn'),
								           labels: g.cytoscape.nodes().not('.quiet').length,
								           overlaps: g.labelOverlaps() }; }""");
						lines.add(Benchmark.row(
								renderer + ": first drawn graph (" + shown.get("nodes") + " nodes, "
										+ shown.get("edges") + " ties, drawn by " + shown.get("renderer") + ")",
								drawn, "ms"));
						double dataAt = ((Number) shown.get("data")).doubleValue();
						lines.add(Benchmark.row(renderer + ":   of which page, server and transfer until the data",
								dataAt, "ms"));
						lines.add(Benchmark.row(renderer + ":   of which layout and drawing",
								((Number) shown.get("drawn")).doubleValue() - dataAt, "ms"));
						lines.add(Benchmark.row(
								renderer + ": labels shown (overlapping pairs: " + shown.get("overlaps") + ")",
								((Number) shown.get("labels")).doubleValue(), ""));
						double[] frames = ((List<?>) page.evaluate(PAN, FRAMES)).stream()
							.mapToDouble(value -> ((Number) value).doubleValue())
							.sorted()
							.toArray();
						lines.add(Benchmark.row(renderer + ": frame time panning, median", frames[frames.length / 2],
								"ms"));
						lines.add(Benchmark.row(renderer + ": frame time panning, p95",
								frames[frames.length * 95 / 100], "ms"));
						page.screenshot(new Page.ScreenshotOptions()
							.setPath(Path.of("target", "benchmark-" + size.name() + "-" + renderer + ".png")));
					}
				}
			}
		}
		finally {
			org.springframework.util.FileSystemUtils.deleteRecursively(data);
		}
		lines.forEach(System.out::println);
		return lines;
	}

}
