package se.samverkanskartan.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import se.samverkanskartan.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The REST API over real HTTP: status codes, JSON shapes and problem details. */
class RestApiTest extends WebIntegrationTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http = HttpClient.newHttpClient();

	private static final String AUTHORIZATION = "Basic " + java.util.Base64.getEncoder()
		.encodeToString((se.samverkanskartan.TestNeo4j.ADMIN + ":" + se.samverkanskartan.TestNeo4j.ADMIN_PASSWORD)
			.getBytes(StandardCharsets.UTF_8));

	private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
		return this.http.send(
				HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", AUTHORIZATION).build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	@Test
	void without_a_login_the_api_answers_401_as_anonymous_reading_is_off_by_default() throws Exception {
		HttpResponse<byte[]> response = this.http.send(HttpRequest.newBuilder(URI.create(url("/api/topics"))).build(),
				HttpResponse.BodyHandlers.ofByteArray());

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
	}

	private JsonNode json(String path, int expectedStatus) throws IOException, InterruptedException {
		HttpResponse<byte[]> response = get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(expectedStatus);
		return JSON.readTree(response.body());
	}

	@Test
	void organisations_and_graph_answer_with_json() throws Exception {
		JsonNode organisations = json("/api/organisations?kind=municipality", 200);
		assertThat(organisations.size()).isEqualTo(31);
		assertThat(organisations.get(0).has("id")).isTrue();

		JsonNode graph = json("/api/graph?topic=valdsbejakande-extremism&hideHubs=true", 200);
		assertThat(graph.get("nodes").size()).isPositive();
		graph.get("edges").forEach(edge -> {
			if (edge.get("kind").asText().equals("COOPERATES_WITH")) {
				assertThat(edge.get("topic").asText()).isEqualTo("valdsbejakande-extremism");
			}
		});
	}

	@Test
	void clusters_centrality_suggestions_partners_and_backtest_answer() throws Exception {
		JsonNode clusters = json("/api/clusters", 200);
		assertThat(clusters.get("modularity").asDouble()).isPositive();
		assertThat(clusters.get("clusters").get(0).get("name").asText()).isNotBlank();
		assertThat(clusters.get("comparison").get("adjustedRandIndex").asDouble()).isPositive();

		assertThat(json("/api/centrality?topic=valdsbejakande-extremism", 200).get("gaps").size()).isEqualTo(1);

		JsonNode suggestions = json("/api/suggestions?organisation=municipality:0125&limit=5", 200);
		assertThat(suggestions.size()).isEqualTo(5);
		assertThat(suggestions.get(0).get("reasons").get(0).get("text").asText()).isNotBlank();

		JsonNode partners = json("/api/partners?organisation=municipality:0125&topic=polisnarvaro&lang=en", 200);
		assertThat(partners.get(0).get("topicName").asText()).isEqualTo("Local police presence");

		JsonNode evaluation = json("/api/partner-evaluation?seeds=2", 200);
		assertThat(evaluation.get("scorers").get(0).get("scorer").asText()).isEqualTo("combined");
		assertThat(evaluation.get("seeds").size()).isEqualTo(2);
		assertThat(evaluation.get("queries").asInt()).isPositive();

		JsonNode partnersByKind = json(
				"/api/partners?organisation=municipality:0192&topic=valdsbejakande-extremism" + "&kind=municipality",
				200);
		assertThat(partnersByKind.get(0).get("toId").asText()).isEqualTo("municipality:0136");
		assertThat(partnersByKind.get(0).get("reasons").get(0).get("evidence").asText())
			.isEqualTo("kallor?organisation=municipality:0136");

		JsonNode backtest = json("/api/backtest?seed=1", 200);
		assertThat(backtest.get("scorers").get(0).get("scorer").asText()).isEqualTo("combined");
		assertThat(backtest.get("seed").asLong()).isEqualTo(1);
	}

	@Test
	void bad_parameters_are_problem_details_that_name_the_parameter() throws Exception {
		assertProblem("/api/suggestions?organisation=municipality:9999", "organisation");
		assertProblem("/api/suggestions?organisation=nonsense", "organisation");
		assertProblem("/api/partners?organisation=municipality:0125&topic=nope", "topic");
		assertProblem("/api/partners", "organisation");
		assertProblem("/api/suggestions?limit=1000", "limit");
		assertProblem("/api/suggestions?limit=many", "limit");
		assertProblem("/api/clusters?resolution=99", "resolution");
		assertProblem("/api/clusters?kind=planet", "kind");
		assertProblem("/api/graph?tie=LIKES", "tie");
		assertProblem("/api/backtest?hiddenShare=1.5", "hiddenShare");
		assertProblem("/api/clusters?lang=fi", "lang");
		assertProblem("/api/partners?organisation=municipality:0125&kind=forum", "kind");
		assertProblem("/api/partners?organisation=municipality:0125&kind=planet", "kind");
		assertProblem("/api/partner-evaluation?seeds=0", "seeds");
	}

	@Test
	void clustering_nothing_is_an_empty_result_with_a_message() throws Exception {
		JsonNode clusters = json("/api/clusters?topic=klimat&kind=forum", 200);
		assertThat(clusters.get("clusters").size()).isZero();
		assertThat(clusters.get("message").asText()).startsWith("Inget att klustra");
	}

	@Test
	void the_partner_list_downloads_as_csv_and_xlsx() throws Exception {
		HttpResponse<byte[]> csv = get("/api/partners.csv?organisation=municipality:0125&topic=polisnarvaro");
		assertThat(csv.statusCode()).isEqualTo(200);
		String text = new String(csv.body(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFRang;Organisation;Partner").contains("Österåker");
		assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> v.contains("partner.csv"));

		HttpResponse<byte[]> xlsx = get("/api/partners.xlsx?organisation=municipality:0125&topic=polisnarvaro");
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Partner");
			assertThat(sheet.getLastRowNum()).isPositive();
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Ekerö");
		}
	}

	@Test
	void the_openapi_description_lists_every_endpoint_and_swagger_ui_is_served() throws Exception {
		JsonNode docs = json("/v3/api-docs", 200);
		for (String path : new String[] { "/api/organisations", "/api/graph", "/api/clusters", "/api/centrality",
				"/api/suggestions", "/api/partners", "/api/backtest", "/api/partner-evaluation" }) {
			assertThat(docs.get("paths").has(path)).as(path).isTrue();
		}
		assertThat(docs.get("paths").get("/api/partners").get("get").get("responses").has("400")).isTrue();
		assertThat(get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
	}

	private void assertProblem(String path, String parameter) throws Exception {
		HttpResponse<byte[]> response = get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).as(path)
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.get("parameter").asText()).as(path).isEqualTo(parameter);
		assertThat(problem.get("status").asInt()).isEqualTo(400);
		assertThat(problem.get("detail").asText()).isNotBlank();
	}

}
