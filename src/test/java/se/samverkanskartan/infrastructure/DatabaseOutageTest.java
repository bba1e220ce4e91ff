package se.samverkanskartan.infrastructure;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import se.samverkanskartan.Chromium;
import se.samverkanskartan.SamverkanskartanApplication;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An external Neo4j (a second server started here) stops and starts again while the app
 * runs: the health endpoint and an open page report the outage, reads already cached are
 * still served, and everything recovers without restarting the app.
 */
class DatabaseOutageTest {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@TempDir
	Path data;

	private static final String PASSWORD = "outage-test-password";

	@Test
	void the_app_reports_a_database_outage_and_recovers_without_a_restart() throws Exception {
		int bolt;
		try (var socket = new ServerSocket(0)) {
			bolt = socket.getLocalPort();
		}
		// A second app in this JVM installs its own global security context strategy; the
		// other tests' @WithMockUser needs the one they started with back
		var strategy = org.springframework.security.core.context.SecurityContextHolder.getContextHolderStrategy();
		EmbeddedNeo4j database = EmbeddedNeo4j.start(this.data, bolt, PASSWORD);
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SamverkanskartanApplication.class).run(
				"--server.port=0", "--NEO4J_URI=bolt://127.0.0.1:" + bolt, "--NEO4J_PASSWORD=" + PASSWORD,
				"--samverkanskartan.security.anonymous-read=true", "--samverkanskartan.status.check-seconds=1",
				"--logging.level.root=warn", "--logging.level.org.springframework.boot.health=error",
				"--spring.main.banner-mode=off");
				Playwright playwright = Chromium.playwright();
				Browser browser = Chromium.launch(playwright)) {
			String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
			assertThat(health(base).statusCode()).isEqualTo(200);
			assertThat(get(base + "/api/topics").statusCode()).isEqualTo(200);
			Page page = browser.newPage();
			page.navigate(base + "/om-underlaget");
			Locator banner = page.locator("database-status [role=alert]");
			assertThat(page.locator("database-status")).hasAttribute("state", "up");

			database.close();
			awaitHealth(base, response -> response.statusCode() == 503 && response.body().contains("DOWN"));
			assertThat(banner).containsText("Databasen svarar inte",
					new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
			page.screenshot(new Page.ScreenshotOptions()
				.setPath(java.nio.file.Path.of("target", "screenshots", "database-down.png")));
			// What was read before the outage is still served
			assertThat(get(base + "/api/topics").statusCode()).isEqualTo(200);

			database = EmbeddedNeo4j.start(this.data, bolt, PASSWORD);
			awaitHealth(base, response -> response.statusCode() == 200 && response.body().contains("UP"));
			assertThat(banner).hasCount(0, new LocatorAssertions.HasCountOptions().setTimeout(15_000));
			// The app reconnects by itself: a read that no cache holds works again
			var details = app.getBean(se.samverkanskartan.network.NetworkService.class)
				.organisation(se.samverkanskartan.network.NodeId.parse("municipality:0117"));
			assertThat(details).hasValueSatisfying(found -> assertThat(found.node().name()).isEqualTo("Österåker"));
		}
		finally {
			database.close();
			org.springframework.security.core.context.SecurityContextHolder.setContextHolderStrategy(strategy);
		}
	}

	private static void awaitHealth(String base, Predicate<HttpResponse<String>> wanted) throws Exception {
		HttpResponse<String> last = null;
		long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < until) {
			last = health(base);
			if (wanted.test(last)) {
				return;
			}
			Thread.sleep(500);
		}
		throw new AssertionError("Health never became as expected; last answer: "
				+ (last == null ? "none" : last.statusCode() + " " + last.body()));
	}

	private static HttpResponse<String> get(String url) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> health(String base) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
