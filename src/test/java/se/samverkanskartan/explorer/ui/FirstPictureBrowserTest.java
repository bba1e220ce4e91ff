package se.samverkanskartan.explorer.ui;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import se.samverkanskartan.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

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
	void a_returning_visitor_sees_the_same_picture_before_the_view_is_built() {
		try (BrowserContext context = loggedIn(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
			context.addInitScript(KEEP_PICTURES);
			Page first = context.newPage();
			first.navigate(url("/"));
			awaitGraph(first);
			// The login's own visit may have kept the place already
			first.evaluate("localStorage.removeItem('samverkanskartan.graph-boxes')");
			first.reload();
			awaitGraph(first);
			assertThat(marks(first, "graph-first-picture")).as("first visit: the graph's place is not known yet")
				.isZero();
			first.close();

			Page again = context.newPage();
			again.navigate(url("/"));
			awaitGraph(again);

			assertThat(marks(again, "graph-first-picture")).isEqualTo(1);
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
