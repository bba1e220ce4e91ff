package se.samverkanskartan.survey;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import se.samverkanskartan.Neo4jIntegrationTest;
import se.samverkanskartan.network.InvalidParameterException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Survey rounds and personal links against a real Neo4j. */
class SurveyRoundsTest extends Neo4jIntegrationTest {

	private static final String HANINGE = "municipality:0136";

	private static final String BOTKYRKA = "municipality:0127";

	private static final LocalDate OPENS = LocalDate.of(2027, 3, 1);

	private static final LocalDate CLOSES = LocalDate.of(2027, 3, 31);

	@Autowired
	SurveyRounds rounds;

	@Autowired
	RespondentLinks links;

	@Autowired
	Neo4jClient neo4j;

	@AfterEach
	void cleanUp() {
		SurveyData.clear(this.neo4j);
	}

	private String round() {
		return this.rounds.create(new RoundDraft("Trygghetskartläggning 2027", OPENS, CLOSES, "Välkommen",
				List.of(HANINGE, BOTKYRKA), null));
	}

	@Test
	void the_default_questionnaire_is_the_reports_interview_form_in_its_four_parts() {
		Questionnaire form = InterviewForm.questionnaire();

		assertThat(form.parts()).extracting(Questionnaire.Part::title)
			.containsExactly("Politik och planer", "Organisation",
					"Ert arbete och förutsättningar för kommunalt trygghetsarbete", "Extern samverkan");
		assertThat(form.questions()).hasSize(19);
		assertThat(form.questions()).filteredOn(Question::boxes)
			.extracting(Question::id)
			.containsExactly("q1", "q2", "q3", "q4", "q16", "q17");
		assertThat(form.questions().get(16).text())
			.isEqualTo("Samverkar ni med någon/några andra kommuner när det gäller trygghetsfrågor?");
	}

	@Test
	void a_round_is_stored_with_its_organisations_and_the_interview_form_by_default() {
		String id = round();

		Round stored = this.rounds.find(id).orElseThrow();
		assertThat(stored.name()).isEqualTo("Trygghetskartläggning 2027");
		assertThat(stored.organisations()).extracting(Round.Asked::name).containsExactly("Botkyrka", "Haninge");
		assertThat(stored.questionnaire()).isEqualTo(InterviewForm.questionnaire());
		assertThat(stored.openOn(OPENS)).isTrue();
		assertThat(stored.openOn(CLOSES.plusDays(1))).isFalse();
		assertThat(this.rounds.all()).extracting(Round::id).contains(id);
	}

	@Test
	void all_rounds_come_latest_first_each_with_its_organisations_and_questions() {
		String earlier = this.rounds.create(new RoundDraft("Kartläggning 2026", OPENS.minusYears(1),
				CLOSES.minusYears(1), "", List.of("municipality:0136"), null));
		String later = round();

		assertThat(this.rounds.all()).extracting(Round::id).containsExactly(later, earlier);
		assertThat(this.rounds.all()).first().isEqualTo(this.rounds.find(later).orElseThrow());
		assertThat(this.rounds.all().getLast().organisations()).extracting(Round.Asked::name)
			.containsExactly("Haninge");
	}

	@Test
	void bad_drafts_are_refused_naming_each_field_and_nothing_is_stored() {
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> this.rounds
				.create(new RoundDraft(" ", CLOSES, OPENS, "", List.of("municipality:9999"), null)))
			.withMessageContaining("name:")
			.withMessageContaining("closes: 2027-03-01 is before opens 2027-03-31")
			.withMessageContaining("organisations: unknown municipality:9999");
		assertThat(this.rounds.all()).isEmpty();
	}

	@Test
	@WithMockUser(roles = "VIEWER")
	void a_viewer_cannot_create_a_round() {
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(this::round);
	}

	@Test
	void a_personal_link_has_256_random_bits_is_stored_only_as_its_hash_and_opens_its_own_form() {
		String round = round();

		IssuedLink link = this.links.invite(round, HANINGE, "Anna Andersson", "anna@haninge.se", "Trygghetssamordnare");

		assertThat(link.token()).startsWith("skr_").hasSizeGreaterThanOrEqualTo(4 + 43);
		assertThat(this.neo4j.query("MATCH (p:Respondent) RETURN properties(p) AS p").fetch().all().toString())
			.doesNotContain(link.token())
			.doesNotContain(link.token().substring(4));
		RespondentAccess access = this.links.open(link.token(), OPENS).orElseThrow();
		assertThat(access.organisationId()).isEqualTo(HANINGE);
		assertThat(access.roundName()).isEqualTo("Trygghetskartläggning 2027");
		assertThat(this.links.open(link.token() + "x", OPENS)).isEmpty();
		assertThat(this.links.open("skr_" + "A".repeat(43), OPENS)).isEmpty();
	}

	@Test
	void a_revoked_link_stops_working_and_a_reissued_one_replaces_it() {
		String round = round();
		IssuedLink first = this.links.invite(round, BOTKYRKA, "Bo", "bo@botkyrka.se", "");

		this.links.revoke(first.respondentId());
		assertThat(this.links.open(first.token(), OPENS)).isEmpty();

		IssuedLink second = this.links.reissue(first.respondentId());
		assertThat(second.token()).isNotEqualTo(first.token());
		assertThat(this.links.open(second.token(), OPENS)).map(RespondentAccess::organisationId).hasValue(BOTKYRKA);
		assertThat(this.links.open(first.token(), OPENS)).isEmpty();
	}

	@Test
	void after_the_round_closes_a_link_opens_nothing_but_says_when_it_closed() {
		IssuedLink link = this.links.invite(round(), HANINGE, "Anna", "anna@haninge.se", "");

		assertThat(this.links.open(link.token(), CLOSES.plusDays(1))).isEmpty();
		assertThat(this.links.closedRound(link.token(), CLOSES.plusDays(1))).map(RespondentAccess::closes)
			.hasValue(CLOSES);
	}

	@Test
	void respondents_are_only_for_organisations_the_round_asks_with_a_real_address() {
		String round = round();

		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> this.links.invite(round, "municipality:0180", "Sara", "sara@stockholm.se", ""))
			.withMessageContaining("municipality:0180 is not asked");
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> this.links.invite(round, HANINGE, "Sara", "inte-en-adress", ""))
			.withMessageContaining("Not an e-mail address");
	}

}
