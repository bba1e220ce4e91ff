package se.samverkanskartan.survey;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import se.samverkanskartan.Neo4jIntegrationTest;
import se.samverkanskartan.network.InvalidParameterException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Answers behind personal links: drafts, conflicts, submissions, one organisation each.
 */
class SurveyAnswersTest extends Neo4jIntegrationTest {

	private static final LocalDate DAY = LocalDate.of(2027, 3, 10);

	@Autowired
	SurveyRounds rounds;

	@Autowired
	RespondentLinks links;

	@Autowired
	SurveyAnswers answers;

	@Autowired
	Neo4jClient neo4j;

	private RespondentAccess haninge;

	private RespondentAccess haningeColleague;

	private RespondentAccess botkyrka;

	@BeforeEach
	void round() {
		String round = this.rounds.create(new RoundDraft("Kartläggning 2027", LocalDate.of(2027, 3, 1),
				LocalDate.of(2027, 3, 31), "", List.of("municipality:0136", "municipality:0127"), null));
		this.haninge = open(this.links.invite(round, "municipality:0136", "Anna", "anna@haninge.se", ""));
		this.haningeColleague = open(this.links.invite(round, "municipality:0136", "Ali", "ali@haninge.se", ""));
		this.botkyrka = open(this.links.invite(round, "municipality:0127", "Bo", "bo@botkyrka.se", ""));
	}

	private RespondentAccess open(IssuedLink link) {
		return this.links.open(link.token(), DAY).orElseThrow();
	}

	@AfterEach
	void cleanUp() {
		this.neo4j
			.query("MATCH (n) WHERE n:SurveyRound OR n:Respondent OR n:SurveyAnswer OR n:Submission DETACH DELETE n")
			.run();
	}

	@Test
	void a_draft_is_shared_by_the_respondents_of_one_organisation_and_no_other() {
		long version = this.answers.save(this.haninge, Map.of("q1", "ja", "q1.followUp", "Trygghetsprogram 2026"), 0);

		assertThat(this.answers.read(this.haningeColleague).values()).containsEntry("q1", "ja")
			.containsEntry("q1.followUp", "Trygghetsprogram 2026");
		assertThat(this.answers.read(this.haningeColleague).version()).isEqualTo(version);
		assertThat(this.answers.read(this.botkyrka)).isEqualTo(FormAnswers.EMPTY);
	}

	@Test
	void two_respondents_saving_from_the_same_version_lose_nothing_the_second_is_told() {
		long version = this.answers.save(this.haninge, Map.of("q2", "nej"), 0);
		this.answers.save(this.haninge, Map.of("q2", "ja"), version);

		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> this.answers.save(this.haningeColleague, Map.of("q2", "vet-ej"), version))
			.withMessageContaining("Someone else");
		assertThat(this.answers.read(this.haninge).values()).containsEntry("q2", "ja");
	}

	@Test
	void bad_answers_are_refused_at_their_field_and_nothing_is_saved() {
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> this.answers.save(this.haninge, Map.of("q1", "kanske"), 0))
			.satisfies(ex -> assertThat(ex.parameter()).isEqualTo("q1"));
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> this.answers.save(this.haninge, Map.of("q99", "ja"), 0))
			.withMessageContaining("No question q99");
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> this.answers.save(this.haninge, Map.of("q9", "x".repeat(4001)), 0))
			.withMessageContaining("At most 4000");
		assertThat(this.answers.read(this.haninge)).isEqualTo(FormAnswers.EMPTY);
	}

	@Test
	void submitting_keeps_every_submission_and_marks_the_answers_submitted() {
		long first = this.answers.save(this.haninge, Map.of("q17", "ja"), 0);
		this.answers.submit(this.haninge, first);
		long second = this.answers.save(this.haninge, Map.of("q17", "nej"), first);
		this.answers.submit(this.haninge, second);

		assertThat(this.answers.read(this.haninge).submitted()).isNotNull();
		assertThat(this.neo4j.query("MATCH (s:Submission) RETURN count(s) AS n").fetchAs(Long.class).one())
			.hasValue(2L);
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> this.answers.submit(this.haninge, first))
			.withMessageContaining("Save first");
	}

}
