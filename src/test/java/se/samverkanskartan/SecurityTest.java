package se.samverkanskartan;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;

import se.samverkanskartan.api.FailingEndpoint;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running app as a misbehaving client sees it: headers, cookies, statuses and what
 * error answers give away.
 */
@Import(FailingEndpoint.class)
@org.springframework.test.context.TestPropertySource(
		properties = "logging.level.org.springframework.security.web.FilterChainProxy=trace")
class SecurityTest extends WebIntegrationTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String ADMIN = "Basic " + Base64.getEncoder()
		.encodeToString((TestNeo4j.ADMIN + ":" + TestNeo4j.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(url(path)));
	}

	@Test
	void pages_and_the_api_send_the_security_headers() throws Exception {
		for (var response : List.of(send(request("/login")),
				send(request("/api/topics").header("Authorization", ADMIN)), send(request("/api/topics")))) {
			var headers = response.headers();
			String where = response.uri().getPath() + " " + response.statusCode();
			assertThat(headers.firstValue("Content-Security-Policy")).as(where)
				.hasValueSatisfying(policy -> assertThat(policy).contains("default-src 'self'")
					.contains("object-src 'none'")
					.contains("frame-ancestors 'none'"));
			assertThat(headers.firstValue("X-Content-Type-Options")).as(where).contains("nosniff");
			assertThat(headers.firstValue("Referrer-Policy")).as(where).contains("strict-origin-when-cross-origin");
		}
	}

	@Test
	void the_browser_keeps_the_client_files_but_not_the_pages() throws Exception {
		var login = send(request("/login"));
		assertThat(login.headers().firstValue("Cache-Control")).as("/login")
			.hasValueSatisfying(value -> assertThat(value).contains("no-store"));
		var files = java.util.regex.Pattern.compile("\\./((?:VAADIN/build|lumo)/[^\"?]+)")
			.matcher(login.body())
			.results()
			.map(match -> "/" + match.group(1))
			.toList();
		assertThat(files).as("the client's files named in the login page").hasSizeGreaterThanOrEqualTo(2);
		for (String file : files) {
			var headers = send(request(file)).headers();
			// Chromium takes "Pragma: no-cache" as no-cache and asks again for every file
			// on every page
			assertThat(headers.allValues("Pragma")).as(file).doesNotContain("no-cache");
			assertThat(headers.firstValue("Cache-Control")).as(file)
				.hasValueSatisfying(value -> assertThat(value).containsPattern("max-age=[1-9]")
					.doesNotContain("no-cache")
					.doesNotContain("no-store"));
		}
	}

	@Test
	void the_session_cookie_is_same_site_lax_http_only_and_never_put_in_an_address() throws Exception {
		var login = send(request("/login"));
		assertThat(login.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
			.singleElement()
			.satisfies(cookie -> assertThat(cookie).contains("SameSite=Lax").contains("HttpOnly"));

		for (String path : List.of("/", "/historik", "/data", "/api/topics")) {
			var response = send(request(path));
			assertThat(response.headers().firstValue("Location").orElse("")).as(path)
				.doesNotContainIgnoringCase("jsessionid");
			assertThat(response.body()).as(path).doesNotContainIgnoringCase("jsessionid=");
		}
		assertThat(login.body()).doesNotContainIgnoringCase("jsessionid=");
	}

	@Test
	void health_shows_only_the_status_to_visitors() throws Exception {
		var health = send(request("/actuator/health"));
		assertThat(health.statusCode()).isEqualTo(200);
		JsonNode body = JSON.readTree(health.body());
		assertThat(body.get("status").asText()).isEqualTo("UP");
		assertThat(health.body()).doesNotContain("free", "total", "threshold", "version", "edition", "path", "details");

		var neo4j = send(request("/actuator/health/neo4j"));
		assertThat(JSON.readTree(neo4j.body()).get("status").asText()).isEqualTo("UP");
		assertThat(neo4j.body()).doesNotContain("version", "edition", "details");
	}

	@Test
	void a_wrong_method_on_the_api_is_405_naming_the_allowed_ones() throws Exception {
		for (String method : List.of("POST", "PUT", "DELETE")) {
			var response = send(request("/api/topics").header("Authorization", ADMIN)
				.method(method, HttpRequest.BodyPublishers.ofString("{}")));
			assertThat(response.statusCode()).as(method).isEqualTo(405);
			assertThat(response.headers().firstValue("Allow")).as(method)
				.hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
			assertThat(response.headers().firstValue("Content-Type")).as(method)
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		}
	}

	@Test
	void a_server_error_on_the_api_is_a_500_problem_that_gives_nothing_away() throws Exception {
		var response = send(request("/api/test-failure").header("Authorization", ADMIN));

		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(JSON.readTree(response.body()).get("status").asInt()).isEqualTo(500);
		assertThat(response.body()).doesNotContain("coerce", "neo4j", "Exception", "Secret");
	}

	@Test
	void unknown_filter_values_are_400_naming_the_parameter() throws Exception {
		assertParameterRefused("/api/graph?confidence=sure", "confidence");
		assertParameterRefused("/api/graph?actorType=alien", "actorType");
		assertParameterRefused("/api/graph?municipality=municipality:9999", "municipality");
		assertParameterRefused("/api/graph?forum=forum:no-such-forum", "forum");
		assertThat(send(request("/api/graph?confidence=explicit&actorType=police&municipality=municipality:0125")
			.header("Authorization", ADMIN)).statusCode()).isEqualTo(200);
	}

	private void assertParameterRefused(String path, String parameter) throws Exception {
		var response = send(request(path).header("Authorization", ADMIN));
		assertThat(response.statusCode()).as(path).isEqualTo(400);
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.get("parameter").asText()).as(path).isEqualTo(parameter);
		assertThat(problem.get("detail").asText()).as(path).contains(path.substring(path.indexOf('=') + 1));
	}

}
