package se.samverkanskartan.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.springframework.context.ConfigurableApplicationContext;

import se.samverkanskartan.Chromium;

/**
 * Loads each synthetic size into a fresh app and opens the explorer in headless Chromium:
 * time from navigation to the first drawn picture and to the settled layout, then frame
 * times while panning (at most {@value #PAN_MILLIS} ms), once per renderer (canvas, and
 * Cytoscape's WebGL mode on SwiftShader). Run:
 * {@code ./mvnw -Pbenchmark test-compile exec:exec -Dbenchmark.class=BrowserBenchmark}.
 */
public final class BrowserBenchmark {

	private static final int FRAMES = 120;

	private static final int WARM_UP_VISITS = 2;

	private static final int MEASURED_VISITS = 3;

	/** When each performance mark of the visit came, counted from the navigation. */
	private static final String MARKS = """
			() => { const g = document.querySelector('network-graph');
			  const at = (name) => performance.getEntriesByName(name).at(-1)?.startTime ?? -1;
			  return { nodes: g.cytoscape.nodes().length, renderer: g.renderer, data: at('graph-data'),
			           drawn: at('graph-drawn'), settled: at('graph-settled') }; }""";

	/** Opens the explorer from another page of the app, as users mostly do. */
	private static final String OPEN_EXPLORER_IN_APP = """
			() => { const link = document.querySelector("a[href='.']");
			  const clicked = performance.now();
			  link.click();
			  return clicked; }""";

	/** The marks of an in-app visit, counted from the click. */
	private static final String MARKS_SINCE = """
			(clicked) => { const at = (name) => (performance.getEntriesByName(name).at(-1)?.startTime ?? NaN) - clicked;
			  return { data: at('graph-data'), drawn: at('graph-drawn'), settled: at('graph-settled') }; }""";

	/** Panning stops after this long even if fewer frames were drawn (slow renderers). */
	private static final int PAN_MILLIS = 20_000;

	/**
	 * Drags the background with the mouse a little every animation frame, as a user pans,
	 * and returns the frame intervals in ms. Mouse events, not cy.panBy: Cytoscape moves
	 * a large graph as a picture (textureOnViewport) only while the user drags.
	 */
	private static final String PAN = """
			async ([frames, limit]) => {
			  const canvas = document.querySelector('network-graph .network-graph-canvas canvas:last-of-type');
			  const box = canvas.getBoundingClientRect();
			  // A corner of the fitted picture is background, so the drag pans instead of moving a node
			  let x = box.left + 6, y = box.top + 6;
			  const fire = (type, target) => target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true,
			    view: window, clientX: x, clientY: y, button: 0, buttons: type === 'mouseup' ? 0 : 1 }));
			  fire('mousedown', canvas);
			  const times = [];
			  const start = performance.now();
			  let last = start;
			  await new Promise((resolve) => {
			    const step = (now) => {
			      times.push(now - last);
			      last = now;
			      x += 3; y += 2;
			      fire('mousemove', window);
			      if (times.length < frames && now - start < limit) { requestAnimationFrame(step); } else { resolve(); }
			    };
			    requestAnimationFrame(step);
			  });
			  fire('mouseup', window);
			  return times.slice(1);
			}""";

	private static final String ALL_TIES_IN = """
			() => { const g = document.querySelector('network-graph');
			  return g.cytoscape.edges().length === g.graph.edges.length; }""";

	private BrowserBenchmark() {
	}

	private static void pan(Page page, List<String> lines, String what) {
		String panAt = "() => JSON.stringify(document.querySelector('network-graph').cytoscape.pan())";
		Object before = page.evaluate(panAt);
		double[] frames = ((List<?>) page.evaluate(PAN, List.of(FRAMES, PAN_MILLIS))).stream()
			.mapToDouble(value -> ((Number) value).doubleValue())
			.sorted()
			.toArray();
		if (before.equals(page.evaluate(panAt))) {
			throw new IllegalStateException(what + ": the drag did not pan the graph");
		}
		lines.add(Benchmark.row(what + ", median (" + frames.length + " frames)", frames[frames.length / 2], "ms"));
		lines.add(Benchmark.row(what + ", p95", frames[frames.length * 95 / 100], "ms"));
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
				"--samverkanskartan.security.anonymous-read=true"); Playwright playwright = Chromium.playwright()) {
			Benchmark.load(app, size.generate());
			String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port") + "/";
			for (String renderer : System.getProperty("benchmark.renderers", "canvas,webgl").split(",")) {
				// One browser per renderer: WebGL needs SwiftShader, which also moves
				// canvas
				// onto software GL and made it twice as slow
				try (Browser browser = renderer.equals("webgl") ? Chromium.launchWithSoftwareWebgl(playwright)
						: Chromium.launch(playwright);
						BrowserContext visitor = browser
							.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
					// -Dbenchmark.view=layout=geographic measures another view of the
					// explorer
					String view = System.getProperty("benchmark.view", "");
					measure(visitor, base + "?renderer=" + renderer + (view.isBlank() ? "" : "&" + view), renderer,
							size.name(), lines);
				}
			}
		}
		finally {
			org.springframework.util.FileSystemUtils.deleteRecursively(data);
		}
		lines.forEach(System.out::println);
		return lines;
	}

	/**
	 * Warm-up visits (server JIT, read models, the browser's cache), then measured ones
	 * by a returning visitor: medians of the marks; labels, panning and a screenshot on
	 * the last.
	 */
	private static void measure(BrowserContext visitor, String url, String renderer, String size, List<String> lines) {
		List<Map<?, ?>> measured = new ArrayList<>();
		List<Map<?, ?>> inApp = new ArrayList<>();
		for (int visit = 0; visit < WARM_UP_VISITS + MEASURED_VISITS; visit++) {
			try (Page page = visitor.newPage()) {
				page.navigate(url);
				page.waitForSelector("network-graph[data-ready]",
						new Page.WaitForSelectorOptions().setTimeout(300_000));
				// The marks follow the paint; a small graph settles after its worker
				// layout
				page.waitForFunction("() => performance.getEntriesByName('graph-settled').length > 0", null,
						new Page.WaitForFunctionOptions().setTimeout(300_000));
				if (visit == 0) {
					// Later visits find the layout in the browser's storage
					lines.add(Benchmark.row(renderer + ": first visit (server and browser cold): laid out and settled",
							((Number) ((Map<?, ?>) page.evaluate(MARKS)).get("settled")).doubleValue(), "ms"));
				}
				if (visit < WARM_UP_VISITS) {
					continue;
				}
				measured.add((Map<?, ?>) page.evaluate(MARKS));
				if (measured.size() == MEASURED_VISITS) {
					lines.add(Benchmark.row(renderer + ": new tab: first drawn graph, median of " + MEASURED_VISITS
							+ " (" + measured.getLast().get("nodes") + " nodes, drawn by "
							+ measured.getLast().get("renderer") + ")", median(measured, "drawn"), "ms"));
					lines.add(Benchmark.row(renderer + ":   of which page, server and transfer until the data",
							median(measured, "data"), "ms"));
					lines.add(Benchmark.row(
							renderer + ": returning visitor: laid out and settled (layout kept in the browser)",
							median(measured, "settled"), "ms"));
					afterDrawing(page, renderer, size, lines);
				}
				if (renderer.equals("canvas")) {
					inApp.add(openInApp(page, url));
				}
				if (inApp.size() == MEASURED_VISITS) {
					lines.add(Benchmark.row("canvas: in the app: data, from the click", median(inApp, "data"), "ms"));
					lines.add(Benchmark.row("canvas: in the app: first drawn graph (interactive)",
							median(inApp, "drawn"), "ms"));
					lines
						.add(Benchmark.row("canvas: in the app: laid out and settled", median(inApp, "settled"), "ms"));
				}
			}
		}
		if (renderer.equals("canvas")) {
			firstVisits(visitor, url, lines);
		}
	}

	/**
	 * New tabs of a visitor whose browser holds the scripts but nothing of ours (no
	 * stored graph place, no layout), as on the first visit after a cleared storage or on
	 * another site's shared cache.
	 */
	private static void firstVisits(BrowserContext visitor, String url, List<String> lines) {
		List<Map<?, ?>> firsts = new ArrayList<>();
		for (int visit = 0; visit < MEASURED_VISITS; visit++) {
			try (Page page = visitor.newPage()) {
				page.addInitScript("localStorage.clear()");
				page.navigate(url);
				page.waitForSelector("network-graph[data-ready]",
						new Page.WaitForSelectorOptions().setTimeout(300_000));
				firsts.add((Map<?, ?>) page.evaluate(MARKS));
			}
		}
		lines.add(Benchmark.row("canvas: new tab, nothing stored: first drawn graph (interactive)",
				median(firsts, "drawn"), "ms"));
		lines.add(Benchmark.row("canvas: new tab, nothing stored: laid out and settled", median(firsts, "settled"),
				"ms"));
	}

	/**
	 * Opens another page of the app, then the explorer through its link: Vaadin and the
	 * page's frame are running, as for a user moving around the app. Marks since the
	 * click.
	 */
	private static Map<?, ?> openInApp(Page page, String explorerUrl) {
		page.navigate(explorerUrl.replaceFirst("/\\?", "/kallor?"));
		page.waitForSelector("a[href='.']");
		page.waitForTimeout(1000);
		double clicked = ((Number) page.evaluate(OPEN_EXPLORER_IN_APP)).doubleValue();
		page.waitForFunction("() => performance.getEntriesByName('graph-settled').length > 0", null,
				new Page.WaitForFunctionOptions().setTimeout(300_000));
		return (Map<?, ?>) page.evaluate(MARKS_SINCE, clicked);
	}

	/** Labels, ties coming in, panning far out and at zoom 1, and a screenshot. */
	private static void afterDrawing(Page page, String renderer, String size, List<String> lines) {
		Map<?, ?> shown = (Map<?, ?>) page.evaluate("""
				() => { const g = document.querySelector('network-graph');
				  return { labels: g.cytoscape.nodes().not('.quiet').length, overlaps: g.labelOverlaps() }; }""");
		lines.add(Benchmark.row(renderer + ": labels shown (overlapping pairs: " + shown.get("overlaps") + ")",
				((Number) shown.get("labels")).doubleValue(), ""));
		// A large graph adds its ties after the first picture; pan once all are in
		page.waitForFunction(ALL_TIES_IN, null, new Page.WaitForFunctionOptions().setTimeout(300_000));
		double tiesIn = ((Number) page
			.evaluate("() => performance.getEntriesByName('graph-ties-added').at(-1)?.startTime ?? -1")).doubleValue();
		lines.add(Benchmark.row(renderer + ": all ties in (-1: added with the first picture)", tiesIn, "ms"));
		pan(page, lines, renderer + ": frame time panning, fitted");
		page.evaluate(
				"() => document.querySelector('network-graph').cytoscape.zoom({ level: 1, renderedPosition: { x: 700, y: 450 } })");
		page.waitForTimeout(1000);
		pan(page, lines, renderer + ": frame time panning at zoom 1 (ties shown)");
		page.screenshot(
				new Page.ScreenshotOptions().setPath(Path.of("target", "benchmark-" + size + "-" + renderer + ".png")));
	}

	private static double median(List<Map<?, ?>> visits, String mark) {
		double[] values = visits.stream()
			.mapToDouble(visit -> ((Number) visit.get(mark)).doubleValue())
			.sorted()
			.toArray();
		return values[values.length / 2];
	}

}
