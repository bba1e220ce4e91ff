package se.samverkanskartan.exchange;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import se.samverkanskartan.Neo4jIntegrationTest;
import se.samverkanskartan.editing.History;
import se.samverkanskartan.editing.TieEditing;
import se.samverkanskartan.editing.TieForm;
import se.samverkanskartan.infrastructure.TranslationProvider;
import se.samverkanskartan.network.NetworkChanged;
import se.samverkanskartan.network.SourceService;
import se.samverkanskartan.survey.SurveyData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The backup restores exactly: the database afterwards equals the backup, ids and history
 * included, whatever was in it before; a backup that breaks the model writes nothing.
 */
@WithMockUser(username = "admin", roles = { "ADMIN", "EDITOR" })
class DatabaseRestoreTest extends Neo4jIntegrationTest {

	private static final Locale SV = TranslationProvider.SWEDISH;

	@Autowired
	DatabaseDump dump;

	@Autowired
	TieEditing ties;

	@Autowired
	History history;

	@Autowired
	SourceService sources;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	se.samverkanskartan.survey.SurveyRounds rounds;

	@Autowired
	se.samverkanskartan.survey.RespondentLinks links;

	@Autowired
	se.samverkanskartan.survey.SurveyAnswers answers;

	@Autowired
	ApplicationEventPublisher events;

	private byte[] original;

	@AfterEach
	void putTheDatabaseBack() {
		if (this.original != null) {
			assertThat(this.dump.restore("original.json", this.original, SV).applied()).isTrue();
		}
		this.neo4j.query("MATCH (c:Change) DELETE c").run();
		this.events.publishEvent(new NetworkChanged("test data"));
	}

	private static TieForm tie(String from, String to, String topic) {
		return new TieForm(null, from, to, topic, null, null, "explicit", "Testavtal", "", "", 0);
	}

	@Test
	void a_restore_makes_the_database_equal_to_the_backup_with_ids_history_and_old_links() {
		this.original = this.dump.dump();
		String kept = this.ties.create(tie("municipality:0125", "municipality:0115", "krisberedskap"));
		TieForm created = this.ties.load(kept).orElseThrow();
		this.ties.update(new TieForm(kept, created.fromId(), created.toId(), "unga", null, null, "explicit",
				"Testavtal", "", "", created.version()));
		String deleted = this.ties.create(tie("municipality:0180", "municipality:0182", "krisberedskap"));
		this.ties.delete(deleted, this.ties.load(deleted).orElseThrow().version());
		this.history.revert(this.history.ofSubject(deleted, 10).getFirst().id());
		this.ties.delete(deleted, this.ties.load(deleted).orElseThrow().version());
		byte[] backup = this.dump.dump();

		String later = this.ties.create(tie("municipality:0125", "municipality:0128", "krisberedskap"));
		this.neo4j.query("MATCH ()-[r:COOPERATES_WITH]->() WITH r LIMIT 3 DELETE r").run();
		ImportReport report = this.dump.restore("backup.json", backup, SV);

		assertThat(report.problems()).isEmpty();
		assertThat(report.applied()).isTrue();
		assertThat(withoutDate(this.dump.dump())).isEqualTo(withoutDate(backup));
		assertThat(this.sources.tie(kept)).hasValueSatisfying(tie -> assertThat(tie.topic().slug()).isEqualTo("unga"));
		assertThat(this.sources.tie(deleted)).isEmpty();
		assertThat(this.sources.tie(later)).isEmpty();
		assertThat(this.history.ofSubject(kept, 10)).extracting(change -> change.kind())
			.containsExactly("tie-updated", "tie-created");
		assertThat(this.history.ofSubject(deleted, 10)).extracting(change -> change.kind())
			.containsExactly("tie-deleted", "revert", "tie-deleted", "tie-created");
	}

	@Test
	void a_survey_round_with_its_links_answers_and_submissions_survives_a_backup_and_a_restore() {
		this.original = this.dump.dump();
		java.time.LocalDate day = java.time.LocalDate.of(2027, 3, 2);
		String round = this.rounds.create(new se.samverkanskartan.survey.RoundDraft("Kartläggning 2027",
				java.time.LocalDate.of(2027, 3, 1), java.time.LocalDate.of(2027, 3, 31), "Välkommen",
				java.util.List.of("municipality:0136", "municipality:0127"), null));
		var link = this.links.invite(round, "municipality:0136", "Anna", "anna@haninge.se", "Samordnare");
		var access = this.links.open(link.token(), day).orElseThrow();
		var partners = java.util.List.of(
				se.samverkanskartan.survey.PartnerAnswer.picked("municipality:0127").withFrequency("varje-vecka"),
				se.samverkanskartan.survey.PartnerAnswer.missing("Föreningen Trygg"));
		this.answers.submit(access, this.answers.save(access, java.util.Map.of("q2", "ja"), partners, 0));
		var before = this.answers.read(access);
		byte[] backup = this.dump.dump();

		SurveyData.clear(this.neo4j);
		ImportReport report = this.dump.restore("backup.json", backup, SV);

		assertThat(report.problems()).isEmpty();
		assertThat(report.applied()).isTrue();
		var again = this.links.open(link.token(), day);
		assertThat(again).as("the link still works").isPresent();
		assertThat(this.answers.read(again.get())).isEqualTo(before);
		assertThat(this.links.status(round)).singleElement()
			.satisfies(status -> assertThat(status.state()).isEqualTo("submitted"));
		assertThat(this.neo4j.query("MATCH (:SurveyAnswer)-[:SUBMITTED]->(s:Submission) RETURN count(s)")
			.fetchAs(Long.class)
			.one()).hasValue(1L);
		assertThat(withoutDate(this.dump.dump())).isEqualTo(withoutDate(backup));
	}

	@Test
	void a_backup_that_breaks_the_model_is_refused_naming_each_json_path_and_nothing_is_written() {
		ObjectNode backup = (ObjectNode) DumpWriter.JSON.readTree(this.dump.dump());
		ObjectNode municipality = firstNode(backup, "Municipality");
		municipality.withObject("properties").put("name", 12345);
		municipality.withObject("properties").put("population", "många");
		municipality.withObject("properties").putArray("lat").add(1).add(2);
		int index = indexOf(backup, municipality);
		ObjectNode fromTopic = backup.withArray("relationships").addObject();
		fromTopic.put("type", "COOPERATES_WITH");
		fromTopic.putObject("from").put("label", "Topic").put("key", "unga");
		fromTopic.putObject("to").put("label", "Municipality").put("key", "0180");
		fromTopic.putObject("properties").put("topic", "unga").put("confidence", "säkert");
		int tie = backup.withArray("relationships").size() - 1;
		byte[] file = DumpWriter.JSON.writeValueAsBytes(backup);
		byte[] before = this.dump.dump();

		ImportReport report = this.dump.restore("fel.json", file, SV);

		assertThat(report.applied()).isFalse();
		assertThat(report.problems()).extracting(ImportProblem::location)
			.contains("nodes[" + index + "].properties.name", "nodes[" + index + "].properties.population",
					"nodes[" + index + "].properties.lat", "relationships[" + tie + "].from.label",
					"relationships[" + tie + "].properties.confidence");
		assertThat(this.dump.apply("fel.json", file, SV).applied()).isFalse();
		assertThat(withoutDate(this.dump.dump())).isEqualTo(withoutDate(before));
	}

	@Test
	@WithMockUser(username = "redaktor", roles = "EDITOR")
	void an_editors_import_cannot_write_history_and_only_an_admin_restores() {
		String file = """
				{"format": "samverkanskartan-dump", "version": 1, "relationships": [],
				 "nodes": [{"labels": ["Change"], "key": "forged", "properties": {"by": "admin", "kind": "tie-created",
				   "at": {"$datetime": "2026-01-01T00:00:00Z"}}}]}
				""";

		ImportReport report = this.dump.apply("historia.json", file.getBytes(StandardCharsets.UTF_8), SV);

		assertThat(report.applied()).isFalse();
		assertThat(report.problems()).extracting(ImportProblem::location).containsExactly("nodes[0].labels");
		assertThat(this.neo4j.query("MATCH (c:Change {id: 'forged'}) RETURN count(c)").fetchAs(Long.class).one())
			.contains(0L);
		assertThatThrownBy(() -> this.dump.restore("historia.json", file.getBytes(StandardCharsets.UTF_8), SV))
			.isInstanceOf(AccessDeniedException.class);
	}

	private static ObjectNode firstNode(ObjectNode backup, String label) {
		for (JsonNode node : backup.withArray("nodes")) {
			if (node.get("labels").get(0).stringValue().equals(label)) {
				return (ObjectNode) node;
			}
		}
		throw new AssertionError("No " + label);
	}

	private static int indexOf(ObjectNode backup, JsonNode wanted) {
		var nodes = backup.withArray("nodes");
		for (int i = 0; i < nodes.size(); i++) {
			if (nodes.get(i) == wanted) {
				return i;
			}
		}
		throw new AssertionError("Not in the backup");
	}

	private static JsonNode withoutDate(byte[] json) {
		ObjectNode root = (ObjectNode) DumpWriter.JSON.readTree(json);
		root.remove("exportedAt");
		return root;
	}

}
