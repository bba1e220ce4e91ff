package se.samverkanskartan.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.test.context.support.WithMockUser;

import se.samverkanskartan.TestNeo4j;
import se.samverkanskartan.WebIntegrationTest;
import se.samverkanskartan.accounts.Accounts;
import se.samverkanskartan.accounts.Role;
import se.samverkanskartan.survey.RespondentLinks;
import se.samverkanskartan.survey.RoundDraft;
import se.samverkanskartan.survey.SurveyAnswers;
import se.samverkanskartan.survey.SurveyData;
import se.samverkanskartan.survey.SurveyRounds;

import static org.assertj.core.api.Assertions.assertThat;

/** The rounds' results over HTTP: for an editor, for a viewer, and for an unknown id. */
class RoundsApiTest extends WebIntegrationTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String VIEWER = "test-lasare";

	private static final String VIEWER_PASSWORD = "ett långt lösenord";

	private final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	SurveyRounds rounds;

	@Autowired
	RespondentLinks links;

	@Autowired
	SurveyAnswers answers;

	@Autowired
	Accounts accounts;

	@Autowired
	Neo4jClient neo4j;

	@AfterEach
	void cleanUp() {
		SurveyData.clear(this.neo4j);
		this.neo4j.query("MATCH (u:User {username: $name}) DETACH DELETE u").bind(VIEWER).to("name").run();
	}

	private HttpResponse<byte[]> get(String path, String user, String password) throws Exception {
		String authorization = "Basic " + java.util.Base64.getEncoder()
			.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		return this.http.send(
				HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", authorization).build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	private JsonNode json(String path, String user, String password) throws Exception {
		HttpResponse<byte[]> response = get(path, user, password);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private void submit(String round, String organisation, Map<String, String> values) {
		SurveyData.submit(this.links, this.answers, round, organisation, values, List.of());
	}

	@Test
	@WithMockUser(username = "admin", roles = { "EDITOR", "ADMIN" })
	void editors_get_free_text_with_names_viewers_get_neither_small_groups_nor_free_text() throws Exception {
		String round = this.rounds
			.create(new RoundDraft("Kartläggning 2027", LocalDate.now().minusDays(1), LocalDate.now().plusDays(30), "",
					List.of("municipality:0136", "municipality:0127", "municipality:0126"), null));
		submit(round, "municipality:0136", Map.of("q1", "ja", "q2", "nej", "q9", "Gängen"));
		submit(round, "municipality:0127", Map.of("q1", "ja", "q9", "Droger"));
		submit(round, "municipality:0126", Map.of("q1", "nej", "q9", "Otrygga platser"));
		this.accounts.create(VIEWER, VIEWER_PASSWORD, Role.VIEWER);

		JsonNode list = json("/api/rounds", TestNeo4j.ADMIN, TestNeo4j.ADMIN_PASSWORD);
		assertThat(list).extracting(node -> node.get("id").asText()).containsExactly(round, "storsthlm-2020");
		assertThat(list.get(0).get("answered").asInt()).isEqualTo(3);
		assertThat(list.get(0).get("previous").asText()).isEqualTo("Storsthlm 2020");

		JsonNode editor = json("/api/rounds/" + round + "/results", TestNeo4j.ADMIN, TestNeo4j.ADMIN_PASSWORD);
		assertThat(editor.get("tables").get(0).get("yes").asInt()).isEqualTo(2);
		assertThat(editor.get("tables").get(0).get("yesShare").asInt()).isEqualTo(67);
		assertThat(editor.get("tables").get(1).get("no").asInt()).isEqualTo(1);
		assertThat(editor.toString()).contains("Haninge").contains("Gängen");

		JsonNode viewer = json("/api/rounds/" + round + "/results", VIEWER, VIEWER_PASSWORD);
		assertThat(viewer.get("tables").get(0).get("yes").asInt()).isEqualTo(2);
		assertThat(viewer.get("tables").get(1).get("hidden").asBoolean()).as("q2, one answer").isTrue();
		assertThat(viewer.get("tables").get(1).get("no").isNull()).isTrue();
		assertThat(viewer.get("freeText")).isEmpty();
		assertThat(viewer.toString()).doesNotContain("Haninge").doesNotContain("Gängen");

		JsonNode report = json("/api/rounds/storsthlm-2020/results", VIEWER, VIEWER_PASSWORD);
		assertThat(report.get("tables").get(0).get("yesShare").asInt()).isEqualTo(81);
	}

	@Test
	void an_unknown_round_is_a_404_problem_and_the_endpoints_are_in_the_openapi_description() throws Exception {
		HttpResponse<byte[]> response = get("/api/rounds/finns-inte/results", TestNeo4j.ADMIN,
				TestNeo4j.ADMIN_PASSWORD);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
		assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("finns-inte");

		JsonNode docs = json("/v3/api-docs", TestNeo4j.ADMIN, TestNeo4j.ADMIN_PASSWORD);
		assertThat(docs.get("paths").has("/api/rounds")).isTrue();
		assertThat(docs.get("paths").has("/api/rounds/{id}/results")).isTrue();
	}

}
