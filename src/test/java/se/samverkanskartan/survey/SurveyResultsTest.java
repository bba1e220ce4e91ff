package se.samverkanskartan.survey;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.test.context.support.WithMockUser;

import se.samverkanskartan.Neo4jIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Results per round: counted by hand here, the 2020 report's own tables, and what viewers
 * may see.
 */
@WithMockUser(username = "redaktor", roles = "EDITOR")
class SurveyResultsTest extends Neo4jIntegrationTest {

	@Autowired
	SurveyRounds rounds;

	@Autowired
	RespondentLinks links;

	@Autowired
	SurveyAnswers answers;

	@Autowired
	SurveyResults results;

	@Autowired
	Neo4jClient neo4j;

	private String round;

	@BeforeEach
	void answeredRound() {
		this.round = this.rounds.create(new RoundDraft("Kartläggning 2027", LocalDate.now().minusDays(1),
				LocalDate.now().plusDays(30), "", List.of("municipality:0136", "municipality:0127", "municipality:0126",
						"municipality:0181", "municipality:0138"),
				null));
		submit("municipality:0136", Map.of("q1", "ja", "q2", "ja", "q9", "Gängen", "q10", "Skolan"));
		submit("municipality:0127", Map.of("q1", "ja", "q2", "nej", "q9", "Droger"));
		submit("municipality:0126", Map.of("q1", "nej", "q9", "Otrygga platser"));
		submit("municipality:0181", Map.of("q1", "vet-ej", "q10", "Centrum"));
	}

	private void submit(String organisation, Map<String, String> values) {
		SurveyData.submit(this.links, this.answers, this.round, organisation, values, List.of());
	}

	@AfterEach
	void cleanUp() {
		SurveyData.clear(this.neo4j);
	}

	private static RoundResults.Table table(RoundResults results, String question) {
		return results.tables().stream().filter(table -> table.questionId().equals(question)).findFirst().orElseThrow();
	}

	private static RoundResults.FreeText freeText(RoundResults results, String question) {
		return results.freeText().stream().filter(text -> text.questionId().equals(question)).findFirst().orElseThrow();
	}

	@Test
	void the_storsthlm_2020_round_is_the_reports_tables_1_and_2() {
		RoundResults report = this.results.of(SurveyResults.REPORT_ROUND, false).orElseThrow();

		assertThat(report.roundName()).isEqualTo("Storsthlm 2020");
		// Tabell 1 and Tabell 2 as printed in the report (antal Ja Nej Vet ej, frekvens)
		assertThat(report.tables())
			.extracting(RoundResults.Table::questionId, RoundResults.Table::yes, RoundResults.Table::no,
					RoundResults.Table::unknown, RoundResults.Table::yesShare, RoundResults.Table::noShare,
					RoundResults.Table::unknownShare)
			.containsExactly(tuple("q1", 21, 5, 0, 81, 19, 0), tuple("q2", 21, 4, 1, 81, 15, 4),
					tuple("q3", 16, 10, 0, 62, 38, 0), tuple("q4", 9, 17, 0, 35, 65, 0),
					tuple("q16", 26, 0, 0, 100, 0, 0), tuple("q17", 24, 2, 0, 92, 8, 0));
	}

	@Test
	void a_rounds_tables_are_the_counts_of_its_last_submissions_with_the_change_since_2020() {
		RoundResults results = this.results.of(this.round, true).orElseThrow();

		assertThat(results.answered()).isEqualTo(4);
		assertThat(results.asked()).isEqualTo(5);
		assertThat(results.previous()).isEqualTo("Storsthlm 2020");
		RoundResults.Table directives = table(results, "q1");
		// Two ja, one nej, one vet ej of four: 50, 25, 25 per cent; 81 % ja in 2020
		assertThat(directives)
			.extracting(RoundResults.Table::yes, RoundResults.Table::no, RoundResults.Table::unknown,
					RoundResults.Table::yesShare, RoundResults.Table::noShare, RoundResults.Table::unknownShare)
			.containsExactly(2, 1, 1, 50, 25, 25);
		assertThat(directives.change()).isEqualTo(50 - 81);
		assertThat(freeText(results, "q9").answers()).extracting(RoundResults.Answer::organisation)
			.containsExactlyInAnyOrder("Haninge", "Botkyrka", "Huddinge");
	}

	@Test
	void viewers_see_no_group_under_three_and_no_names_next_to_free_text() {
		RoundResults viewer = this.results.of(this.round, false).orElseThrow();
		RoundResults editor = this.results.of(this.round, true).orElseThrow();

		// q2 was answered by two: hidden from viewers, shown to editors
		assertThat(table(viewer, "q2").hidden()).isTrue();
		assertThat(table(viewer, "q2").yes()).isNull();
		assertThat(table(editor, "q2").yes()).isEqualTo(1);
		assertThat(freeText(viewer, "q10").hidden()).isTrue();
		assertThat(freeText(viewer, "q10").answers()).isEmpty();
		assertThat(freeText(viewer, "q9").answers()).extracting(RoundResults.Answer::text)
			.containsExactly("Droger", "Gängen", "Otrygga platser");
		assertThat(freeText(viewer, "q9").answers()).allSatisfy(answer -> assertThat(answer.organisation()).isNull());
	}

}
