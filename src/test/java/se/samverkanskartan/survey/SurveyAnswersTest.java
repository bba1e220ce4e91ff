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
import se.samverkanskartan.network.Topic;

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

	@Autowired
	se.samverkanskartan.network.NetworkService network;

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
		SurveyData.clear(this.neo4j);
	}

	@Test
	void a_draft_is_shared_by_the_respondents_of_one_organisation_and_no_other() {
		long version = this.answers.save(this.haninge, Map.of("q1", "ja", "q1.followUp", "Trygghetsprogram 2026"),
				List.of(), 0);

		assertThat(this.answers.read(this.haningeColleague).values()).containsEntry("q1", "ja")
			.containsEntry("q1.followUp", "Trygghetsprogram 2026");
		assertThat(this.answers.read(this.haningeColleague).version()).isEqualTo(version);
		assertThat(this.answers.read(this.botkyrka).values()).isEmpty();
		assertThat(this.answers.read(this.botkyrka).version()).isZero();
	}

	@Test
	void two_respondents_saving_from_the_same_version_lose_nothing_the_second_is_told() {
		long version = this.answers.save(this.haninge, Map.of("q2", "nej"), List.of(), 0);
		this.answers.save(this.haninge, Map.of("q2", "ja"), List.of(), version);

		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> this.answers.save(this.haningeColleague, Map.of("q2", "vet-ej"), List.of(), version))
			.withMessageContaining("Someone else");
		assertThat(this.answers.read(this.haninge).values()).containsEntry("q2", "ja");
	}

	@Test
	void bad_answers_are_refused_at_their_field_and_nothing_is_saved() {
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> this.answers.save(this.haninge, Map.of("q1", "kanske"), List.of(), 0))
			.satisfies(ex -> assertThat(ex.parameter()).isEqualTo("q1"));
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> this.answers.save(this.haninge, Map.of("q99", "ja"), List.of(), 0))
			.withMessageContaining("No question q99");
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> this.answers.save(this.haninge, Map.of("q9", "x".repeat(4001)), List.of(), 0))
			.withMessageContaining("At most 4000");
		assertThat(this.answers.read(this.haninge).version()).as("nothing saved").isZero();
	}

	@Test
	void a_form_nobody_saved_is_prefilled_with_the_organisations_ties_today_each_to_be_confirmed() {
		List<String> expected = List.copyOf(this.neo4j.query("""
				MATCH (:Organisation {id: 'municipality:0136'})-[r:COOPERATES_WITH|MEMBER_OF|CONVENES]-(p:Organisation)
				WHERE r.until IS NULL OR r.until >= date()
				RETURN DISTINCT p.id AS id""").fetchAs(String.class).all());
		FormAnswers prefilled = this.answers.read(this.haninge);

		assertThat(expected).as("Haninge's ties in the built-in map").isNotEmpty();
		assertThat(prefilled.prefilledFrom()).isEqualTo(FormAnswers.FROM_THE_MAP);
		assertThat(prefilled.partners()).extracting(PartnerAnswer::partnerId)
			.containsExactlyInAnyOrderElementsOf(expected);
		assertThat(prefilled.partners()).allSatisfy(partner -> {
			assertThat(partner.carried()).isTrue();
			assertThat(partner.still()).as("asked, not answered").isNull();
		});
		PartnerAnswer first = prefilled.partners().get(0);
		List<String> topics = List.copyOf(this.neo4j.query("""
				MATCH (:Organisation {id: 'municipality:0136'})-[r:COOPERATES_WITH]-(:Organisation {id: $partner})
				RETURN DISTINCT r.topic AS topic""").bind(first.partnerId()).to("partner").fetchAs(String.class).all());
		assertThat(first.topics()).containsExactlyInAnyOrderElementsOf(topics);
	}

	@Test
	void partners_keep_their_topics_frequency_form_year_and_comment_and_a_missing_one_keeps_its_name() {
		List<String> topics = this.network.topics().stream().map(Topic::slug).limit(2).toList();
		List<PartnerAnswer> partners = List.of(
				PartnerAnswer.picked("municipality:0127")
					.withTopics(topics)
					.withFrequency("varje-manad")
					.withForm("gemensamt-projekt")
					.withSince(2019)
					.withComment("Sommarlovsprojekt"),
				PartnerAnswer.missing("Trygghetsföreningen i Handen").withFrequency("mer-sallan"));

		long version = this.answers.save(this.haninge, Map.of(PartnerChoices.NEEDS_TOPICS, topics.get(0),
				PartnerChoices.OBSTACLES_CHOSEN, "polisens-resurser,regelverk"), partners, 0);

		FormAnswers read = this.answers.read(this.haningeColleague);
		assertThat(read.version()).isEqualTo(version);
		assertThat(read.partners()).isEqualTo(partners);
		assertThat(read.prefilledFrom()).isNull();
		assertThat(read.values()).containsEntry(PartnerChoices.OBSTACLES_CHOSEN, "polisens-resurser,regelverk");
	}

	@Test
	void bad_partners_are_refused_at_their_field_and_nothing_is_saved() {
		String topic = this.network.topics().get(0).slug();
		Map<String, PartnerAnswer> badByField = Map.of("partner.0.partner", PartnerAnswer.picked("municipality:9999"),
				"partner.0.since",
				PartnerAnswer.picked("municipality:0127").withSince(java.time.Year.now().getValue() + 1),
				"partner.0.topics",
				PartnerAnswer.picked("municipality:0127").withTopics(List.of(topic, "no-such-topic")),
				"partner.0.frequency", PartnerAnswer.picked("municipality:0127").withFrequency("dagligen"),
				"partner.0.name", PartnerAnswer.missing("  "));
		badByField.forEach((field, partner) -> assertThatExceptionOfType(AnswerProblem.class)
			.isThrownBy(() -> this.answers.save(this.haninge, Map.of(), List.of(partner), 0))
			.satisfies(ex -> assertThat(ex.parameter()).as(field).isEqualTo(field)));
		assertThatExceptionOfType(AnswerProblem.class)
			.isThrownBy(() -> this.answers.save(this.haninge, Map.of(),
					List.of(PartnerAnswer.picked("municipality:0127"), PartnerAnswer.picked("municipality:0136")), 0))
			.satisfies(ex -> assertThat(ex.parameter()).as("itself").isEqualTo("partner.1.partner"));
		assertThatExceptionOfType(AnswerProblem.class)
			.isThrownBy(() -> this.answers.save(this.haninge, Map.of(),
					List.of(PartnerAnswer.missing("Föreningen Trygg"), PartnerAnswer.missing("foreningen  trygg")), 0))
			.satisfies(ex -> assertThat(ex.parameter()).as("a missing one twice").isEqualTo("partner.1.name"));
		assertThat(this.answers.read(this.haninge).version()).as("nothing saved").isZero();
	}

	@Test
	void a_repeat_round_carries_the_submitted_answers_forward_without_the_ties_that_ended() {
		List<PartnerAnswer> partners = List.of(PartnerAnswer.picked("municipality:0127").withFrequency("varje-vecka"),
				PartnerAnswer.picked("municipality:0192").withStill("upphort"),
				PartnerAnswer.missing("Trygghetsföreningen i Handen"));
		long version = this.answers.save(this.haninge, Map.of("q2", "ja"), partners, 0);
		this.answers.submit(this.haninge, version);
		String next = this.rounds.create(new RoundDraft("Kartläggning 2028", LocalDate.of(2028, 3, 1),
				LocalDate.of(2028, 3, 31), "", List.of("municipality:0136"), null));
		RespondentAccess again = this.links
			.open(this.links.invite(next, "municipality:0136", "Anna", "anna@haninge.se", "").token(),
					LocalDate.of(2028, 3, 2))
			.orElseThrow();

		FormAnswers prefilled = this.answers.read(again);

		assertThat(prefilled.prefilledFrom()).isEqualTo("Kartläggning 2027");
		assertThat(prefilled.values()).containsEntry("q2", "ja");
		assertThat(prefilled.partners())
			.extracting(PartnerAnswer::partnerId, PartnerAnswer::newName, PartnerAnswer::frequency,
					PartnerAnswer::carried, PartnerAnswer::still)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("municipality:0127", null, "varje-vecka", true, null),
					org.assertj.core.groups.Tuple.tuple(null, "Trygghetsföreningen i Handen", null, true, null));
	}

	@Test
	void submitting_keeps_every_submission_and_marks_the_answers_submitted() {
		long first = this.answers.save(this.haninge, Map.of("q17", "ja"), List.of(), 0);
		this.answers.submit(this.haninge, first);
		long second = this.answers.save(this.haninge, Map.of("q17", "nej"), List.of(), first);
		this.answers.submit(this.haninge, second);

		assertThat(this.answers.read(this.haninge).submitted()).isNotNull();
		assertThat(this.neo4j.query("MATCH (s:Submission) RETURN count(s) AS n").fetchAs(Long.class).one())
			.hasValue(2L);
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> this.answers.submit(this.haninge, first))
			.withMessageContaining("Save first");
	}

}
