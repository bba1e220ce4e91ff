package se.samverkanskartan.infrastructure;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import se.samverkanskartan.SamverkanskartanApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An external Neo4j (a second server started here) stops and starts again while the app
 * runs: the health endpoint reports the outage and recovers without restarting the app.
 * (The page does not show the outage yet; see issue 8.)
 */
class DatabaseOutageTest {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@TempDir
	Path data;

	@Test
	void the_app_reports_a_database_outage_and_recovers_without_a_restart() throws Exception {
		int bolt;
		try (var socket = new ServerSocket(0)) {
			bolt = socket.getLocalPort();
		}
		// A second app in this JVM installs its own global security context strategy; the
		// other tests' @WithMockUser needs the one they started with back
		var strategy = org.springframework.security.core.context.SecurityContextHolder.getContextHolderStrategy();
		EmbeddedNeo4j database = EmbeddedNeo4j.start(this.data, bolt);
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SamverkanskartanApplication.class).run(
				"--server.port=0", "--NEO4J_URI=bolt://127.0.0.1:" + bolt,
				"--samverkanskartan.security.anonymous-read=true", "--logging.level.root=warn",
				"--spring.main.banner-mode=off")) {
			String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
			assertThat(health(base).statusCode()).isEqualTo(200);
			database.close();
			awaitHealth(base, response -> response.statusCode() == 503 && response.body().contains("DOWN"));
			database = EmbeddedNeo4j.start(this.data, bolt);
			awaitHealth(base, response -> response.statusCode() == 200 && response.body().contains("UP"));
			// The app reconnects by itself: reading the graph works again
			HttpResponse<String> topics = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/topics")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(topics.statusCode()).isEqualTo(200);
			assertThat(topics.body()).contains("valdsbejakande-extremism");
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

	private static HttpResponse<String> health(String base) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
