package se.samverkanskartan.explorer.ui;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import se.samverkanskartan.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The explorer's graph drawn from the page's own script before Vaadin has built the view.
 */
class FirstPictureBrowserTest extends BrowserTest {

	/**
	 * Keeps each picture's pixels as it is marked: the early canvas at
	 * 'graph-first-picture', the view's preview canvas at 'graph-preview'.
	 */
	private static final String KEEP_PICTURES = """
			(() => {
			  const mark = performance.mark.bind(performance);
			  performance.mark = (name, options) => {
			    if (name === 'graph-first-picture') {
			      window.firstPicture = document.getElementById('first-picture').toDataURL();
			    }
			    if (name === 'graph-preview') {
			      window.viewPicture = document.querySelector('network-graph canvas.network-graph-preview').toDataURL();
			    }
			    return mark(name, options);
			  };
			})()
			""";

	@Test
	void a_first_visit_draws_the_graph_under_the_app_bar_and_moves_it_into_the_views_place() {
		try (BrowserContext context = loggedIn(new Browser.NewContextOptions().setViewportSize(1000, 760))) {
			// The login's own visit may have kept the place already
			context.addInitScript("localStorage.removeItem('samverkanskartan.graph-boxes')");
			context.addInitScript("""
					new PerformanceObserver((marks) => {
					  if (marks.getEntriesByName('graph-first-picture').length) {
					    window.pointerAtFirstPicture = getComputedStyle(document.documentElement).cursor;
					  }
					}).observe({ type: 'mark' });""");
			Page page = context.newPage();
			page.navigate(url("/"));
			awaitGraph(page);

			assertThat(time(page, "graph-first-picture")).as("drawn before the view had its data")
				.isLessThan(time(page, "graph-data"));
			Map<String, Object> moved = detail(page, "graph-first-picture-settled");
			List<Double> from = numbers(moved.get("from"));
			List<Double> to = numbers(moved.get("to"));
			double appBar = ((Number) page.evaluate(
					"document.querySelector('vaadin-app-layout').shadowRoot.querySelector('#navbarTop').getBoundingClientRect().bottom"))
				.doubleValue();
			assertThat(from).as("the window under the app bar").containsExactly(0.0, appBar, 1000.0, 760 - appBar);
			assertThat(to).as("the view's graph, below its filter bar")
				.isEqualTo(numbers(page.evaluate(
						"(() => { const r = document.querySelector('network-graph .network-graph-canvas').getBoundingClientRect(); return [r.left, r.top, r.width, r.height]; })()")));
			assertThat(to.get(1)).isGreaterThan(appBar);

			// Every organisation lands where the view drew it: screen = left + pan + zoom
			// × position
			Map<String, Object> early = detail(page, "graph-first-picture");
			Map<String, Object> view = detail(page, "graph-preview");
			double scale = ((Number) moved.get("scale")).doubleValue();
			assertThat(scale).isCloseTo(zoom(view) / zoom(early), within(1e-9));
			for (String axis : List.of("x", "y")) {
				int i = axis.equals("x") ? 0 : 1;
				double shift = ((Number) moved.get(axis)).doubleValue();
				assertThat(from.get(i) + shift + scale * pan(early, axis)).isCloseTo(to.get(i) + pan(view, axis),
						within(1e-6));
			}
			assertThat(page.locator("#first-picture").count()).as("gone once it has moved").isZero();
			assertThat(page.evaluate(
					"getComputedStyle(document.querySelector('network-graph canvas.network-graph-preview')).visibility"))
				.as("the view's own picture is shown again")
				.isEqualTo("visible");
			assertThat(page.evaluate("window.pointerAtFirstPicture")).as("only a picture yet").isEqualTo("progress");
			assertThat(page.evaluate("getComputedStyle(document.documentElement).cursor")).isEqualTo("auto");
		}
	}

	@Test
	void a_kept_place_that_no_longer_fits_moves_into_the_views_place_too() {
		try (BrowserContext context = loggedIn(new Browser.NewContextOptions().setViewportSize(1000, 760))) {
			Page first = context.newPage();
			first.navigate(url("/"));
			awaitGraph(first);
			// As after a language change: the filter bar now wraps into fewer rows
			first.evaluate("""
					const kept = JSON.parse(localStorage.getItem('samverkanskartan.graph-boxes'));
					kept[0].box[1] += 40;
					localStorage.setItem('samverkanskartan.graph-boxes', JSON.stringify(kept));""");
			double keptTop = ((Number) first
				.evaluate("JSON.parse(localStorage.getItem('samverkanskartan.graph-boxes'))[0].box[1]")).doubleValue();
			first.close();

			Page again = context.newPage();
			again.navigate(url("/"));
			awaitGraph(again);

			Map<String, Object> moved = detail(again, "graph-first-picture-settled");
			assertThat(numbers(moved.get("from")).get(1)).isEqualTo(keptTop);
			assertThat(numbers(moved.get("to")).get(1)).isEqualTo(keptTop - 40);
			assertThat(again.locator("#first-picture").count()).isZero();
		}
	}

	@Test
	void a_returning_visitor_sees_the_same_picture_before_the_view_is_built() {
		try (BrowserContext context = loggedIn(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
			context.addInitScript(KEEP_PICTURES);
			Page first = context.newPage();
			first.navigate(url("/"));
			awaitGraph(first);
			first.close();

			Page again = context.newPage();
			again.navigate(url("/"));
			awaitGraph(again);

			assertThat(marks(again, "graph-first-picture")).isEqualTo(1);
			assertThat(marks(again, "graph-first-picture-settled")).as("already in the view's place").isZero();
			assertThat(time(again, "graph-first-picture")).as("drawn before the view had its data")
				.isLessThan(time(again, "graph-data"));
			assertThat(detail(again, "graph-first-picture")).as("organisations, ties, labels and viewport")
				.isEqualTo(detail(again, "graph-preview"));
			assertThat(again.evaluate("window.firstPicture")).as("the same pixels as the view's preview")
				.isEqualTo(again.evaluate("window.viewPicture"));
			assertThat(again.locator("#first-picture").count()).as("gone once the view has drawn").isZero();

			Page shorter = context.newPage();
			shorter.setViewportSize(1400, 760);
			shorter.navigate(url("/"));
			awaitGraph(shorter);
			assertThat(detail(shorter, "graph-first-picture")).as("a window of the same width, less tall")
				.isEqualTo(detail(shorter, "graph-preview"));
		}
	}

	@Test
	void the_graph_comes_filtered_as_the_address_says_and_only_for_plain_views() {
		try (BrowserContext context = loggedIn(new Browser.NewContextOptions())) {
			Page page = context.newPage();
			page.navigate(url("/"));
			awaitGraph(page);

			int everyone = nodes(page, "");
			int extremism = nodes(page, "?topic=valdsbejakande-extremism");
			assertThat(extremism).isPositive().isLessThan(everyone);
			assertThat(status(page, "?clusters=true")).as("clusters are computed by the view").isEqualTo(204);
			assertThat(status(page, "?topic=no-such-topic")).as("a mistake in the address").isEqualTo(204);
		}
	}

	@Test
	void the_graph_needs_a_login_when_anonymous_reading_is_off() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url(FirstPicture.PATH))).build(),
					HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).doesNotContain("\"nodes\"");
	}

	private static List<Double> numbers(Object list) {
		return ((List<?>) list).stream().map((number) -> ((Number) number).doubleValue()).toList();
	}

	private static double zoom(Map<String, Object> viewport) {
		return ((Number) viewport.get("zoom")).doubleValue();
	}

	private static double pan(Map<String, Object> viewport, String axis) {
		return ((Number) ((Map<?, ?>) viewport.get("pan")).get(axis)).doubleValue();
	}

	private static int nodes(Page page, String query) {
		return ((Number) page.evaluate(
				"query => fetch('explorer/first-picture' + query).then((answer) => answer.json()).then((graph) => graph.nodes.length)",
				query))
			.intValue();
	}

	private static int status(Page page, String query) {
		return ((Number) page
			.evaluate("query => fetch('explorer/first-picture' + query).then((answer) => answer.status)", query))
			.intValue();
	}

	private static void awaitGraph(Page page) {
		page.waitForSelector("network-graph[data-ready]", new Page.WaitForSelectorOptions().setTimeout(30_000));
		page.waitForFunction("performance.getEntriesByName('graph-drawn').length > 0");
	}

	private static int marks(Page page, String name) {
		return ((Number) page.evaluate("name => performance.getEntriesByName(name).length", name)).intValue();
	}

	private static double time(Page page, String name) {
		return ((Number) page.evaluate("name => performance.getEntriesByName(name)[0].startTime", name)).doubleValue();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> detail(Page page, String name) {
		return (Map<String, Object>) page.evaluate("name => performance.getEntriesByName(name)[0].detail", name);
	}

}
