package se.samverkanskartan.api;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import se.samverkanskartan.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** With ANONYMOUS_READ=true the API reads without a login; changes still need one. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "samverkanskartan.security.anonymous-read=true")
class AnonymousReadTest extends WebIntegrationTest {

	@Test
	void the_api_answers_without_a_login_when_anonymous_reading_is_on() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url("/api/topics"))).build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("valdsbejakande-extremism");
	}

	@Test
	void large_json_answers_are_gzipped_for_clients_that_accept_it() throws Exception {
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url("/api/graph"))).header("Accept-Encoding", "gzip").build(),
					HttpResponse.BodyHandlers.ofByteArray());

		assertThat(response.headers().firstValue("Content-Encoding")).contains("gzip");
		try (var unzipped = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
			String json = new String(unzipped.readAllBytes(), StandardCharsets.UTF_8);
			assertThat(json).contains("\"nodes\"").contains("Botkyrka");
			assertThat(response.body().length).as("bytes on the wire").isLessThan(json.length() / 3);
		}
	}

}
