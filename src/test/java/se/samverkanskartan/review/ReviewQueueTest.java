package se.samverkanskartan.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.test.context.support.WithMockUser;

import se.samverkanskartan.Neo4jIntegrationTest;
import se.samverkanskartan.editing.History;
import se.samverkanskartan.editing.OrganisationEditing;
import se.samverkanskartan.editing.OrganisationForm;
import se.samverkanskartan.editing.TieEditing;
import se.samverkanskartan.editing.TieForm;
import se.samverkanskartan.survey.PartnerAnswer;
import se.samverkanskartan.survey.RespondentLinks;
import se.samverkanskartan.survey.SurveyAnswers;
import se.samverkanskartan.survey.SurveyRounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The review queue on a constructed round, against the built-in map, with the real
 * database.
 */
@WithMockUser(username = "granskare", roles = "EDITOR")
class ReviewQueueTest extends Neo4jIntegrationTest {

	private static final String ROUND_NAME = ReviewFixture.ROUND_NAME;

	private static final String HANINGE = ReviewFixture.HANINGE;

	private static final String BOTKYRKA = ReviewFixture.BOTKYRKA;

	private static final String HUDDINGE = ReviewFixture.HUDDINGE;

	private static final String SODERTALJE = ReviewFixture.SODERTALJE;

	@Autowired
	SurveyRounds rounds;

	@Autowired
	RespondentLinks links;

	@Autowired
	SurveyAnswers answers;

	@Autowired
	ReviewQueue review;

	@Autowired
	TieEditing ties;

	@Autowired
	OrganisationEditing organisations;

	@Autowired
	History history;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	ApplicationEventPublisher events;

	private String round;

	@BeforeEach
	void answeredRound() {
		this.round = ReviewFixture.answeredRound(this.rounds, this.links, this.answers);
	}

	private void submit(String organisation, Map<String, String> values, List<PartnerAnswer> partners) {
		ReviewFixture.submit(this.links, this.answers, this.round, organisation, values, partners);
	}

	@AfterEach
	void cleanUp() {
		ReviewFixture.clear(this.neo4j, this.events);
	}

	private List<Proposal> proposalsOf(String organisation) {
		return this.review.of(this.round)
			.stream()
			.filter(candidate -> candidate.organisationId().equals(organisation))
			.findFirst()
			.orElseThrow()
			.proposals();
	}

	private Proposal proposal(String organisation, ProposalKind kind, String partner) {
		return proposalsOf(organisation).stream()
			.filter(candidate -> candidate.kind() == kind && (partner == null || partner.equals(candidate.partnerId())
					|| partner.equals(candidate.partnerName())))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + kind + " " + partner + " in " + proposalsOf(organisation)));
	}

	@Test
	void an_answer_becomes_the_difference_against_the_map_with_the_respondents_own_words() {
		var haninge = proposalsOf(HANINGE);

		assertThat(proposal(HANINGE, ProposalKind.CONFIRMED, BOTKYRKA).topic()).isEqualTo("valdsbejakande-extremism");
		assertThat(haninge).filteredOn(p -> p.kind() == ProposalKind.ENDED)
			.isNotEmpty()
			.allSatisfy(p -> assertThat(p.partnerId()).isEqualTo(HUDDINGE));
		Proposal added = proposal(HANINGE, ProposalKind.NEW_TIE, SODERTALJE);
		assertThat(added.topic()).isEqualTo("krisberedskap");
		assertThat(added.frequency()).isEqualTo("varje-manad");
		assertThat(proposal(HANINGE, ProposalKind.NEW_ORGANISATION, "Föreningen Trygg Haninge").topics())
			.containsExactly("unga");
		assertThat(proposal(HANINGE, ProposalKind.NEED, null).topic()).isEqualTo("polisnarvaro");
		assertThat(proposal(HANINGE, ProposalKind.NEED, null).quote()).isEqualTo("Mer polis i centrum");
		assertThat(haninge).allSatisfy(p -> assertThat(p.open()).isTrue());
	}

	@Test
	void accepting_writes_through_editing_with_the_round_as_source_once_and_the_history_reverts_it() {
		Proposal added = proposal(HANINGE, ProposalKind.NEW_TIE, SODERTALJE);

		assertThat(this.review.accept(this.round, added.key(), null)).isTrue();

		var change = this.history.ofOrganisation(SODERTALJE, 5).getFirst();
		assertThat(change.kind()).isEqualTo("tie-created");
		assertThat(change.by()).isEqualTo("granskare");
		TieForm tie = this.ties.load(change.subjectId()).orElseThrow();
		assertThat(tie.source()).isEqualTo(ROUND_NAME);
		assertThat(tie.section()).isEqualTo(ProposalWriter.NETWORK_QUESTION);
		assertThat(tie.quote()).contains(ROUND_NAME).contains("Haninge").contains("Södertälje");
		assertThat(tie.confidence()).isEqualTo("explicit");
		assertThat(tie.since()).isEqualTo(LocalDate.of(2025, 1, 1));
		assertThat(tie.frequency()).isEqualTo("varje-manad");
		assertThat(tie.cooperationForm()).isEqualTo("avtal-iop");
		assertThat(tie.confirmedIn()).isEqualTo(ROUND_NAME);

		// Twice: nothing happens the second time
		long changes = this.history.recent(100).size();
		assertThat(this.review.accept(this.round, added.key(), null)).isFalse();
		assertThat(this.history.recent(100)).hasSize((int) changes);
		assertThat(this.review.of(this.round)
			.stream()
			.flatMap(r -> r.proposals().stream())
			.filter(p -> p.key().equals(added.key()))
			.findFirst()
			.orElseThrow()
			.decision()).satisfies(decision -> {
				assertThat(decision.accepted()).isTrue();
				assertThat(decision.by()).isEqualTo("granskare");
				assertThat(decision.kind()).isEqualTo(ProposalKind.NEW_TIE);
			});

		this.history.revert(change.id());
		assertThat(this.ties.load(change.subjectId())).isEmpty();
	}

	@Test
	void an_ended_tie_gets_the_answers_day_as_its_end_and_a_rejected_proposal_changes_nothing() {
		Proposal ended = proposal(HANINGE, ProposalKind.ENDED, HUDDINGE);
		this.review.accept(this.round, ended.key(), null);
		assertThat(this.ties.load(ended.tieId()).orElseThrow().until()).isEqualTo(ended.answered());

		Proposal need = proposal(HANINGE, ProposalKind.NEED, null);
		long changes = this.history.recent(100).size();
		assertThat(this.review.reject(this.round, need.key())).isTrue();
		assertThat(this.history.recent(100)).hasSize((int) changes);
		assertThat(this.neo4j
			.query("MATCH (:Organisation {id: $id})-[w:WANTS_COOPERATION_ON {source: $round}]->() RETURN count(w)")
			.bindAll(Map.of("id", HANINGE, "round", ROUND_NAME))
			.fetchAs(Long.class)
			.one()).hasValue(0L);
		assertThat(this.review.accept(this.round, need.key(), null)).as("rejected stays rejected").isFalse();
	}

	@Test
	void accepting_all_of_an_organisation_leaves_the_new_organisation_for_a_choice_then_merged_into_an_existing_one() {
		var before = proposalsOf(HANINGE);
		int accepted = this.review.acceptAll(this.round, HANINGE);

		assertThat(accepted).as(before.toString()).isEqualTo(before.size() - 1);
		assertThat(proposalsOf(HANINGE)).as("the decided stay listed").hasSameSizeAs(before);
		assertThat(proposalsOf(HANINGE)).filteredOn(Proposal::open)
			.singleElement()
			.satisfies(p -> assertThat(p.kind()).isEqualTo(ProposalKind.NEW_ORGANISATION));
		assertThat(this.neo4j.query(
				"MATCH (:Organisation {id: $id})-[w:WANTS_COOPERATION_ON {source: $round}]->(:Topic {slug: 'polisnarvaro'}) RETURN count(w)")
			.bindAll(Map.of("id", HANINGE, "round", ROUND_NAME))
			.fetchAs(Long.class)
			.one()).hasValue(1L);

		Proposal missing = proposal(HANINGE, ProposalKind.NEW_ORGANISATION, "Föreningen Trygg Haninge");
		assertThat(this.review.matches("botkyrka")).extracting(candidate -> candidate.id()).contains(BOTKYRKA);
		assertThat(this.review.matches("Botkyrca")).as("a near miss")
			.extracting(candidate -> candidate.id())
			.contains(BOTKYRKA);
		assertThatExceptionOfType(ReviewRefusedException.class)
			.isThrownBy(() -> this.review.accept(this.round, missing.key(), HANINGE))
			.satisfies(ex -> assertThat(ex.reason()).isEqualTo("self"));
		this.review.accept(this.round, missing.key(), BOTKYRKA);
		assertThat(this.neo4j.query(
				"MATCH (:Organisation {id: $a})-[r:COOPERATES_WITH {topic: 'unga', source: $round}]-(:Organisation {id: $b}) RETURN count(r)")
			.bindAll(Map.of("a", HANINGE, "b", BOTKYRKA, "round", ROUND_NAME))
			.fetchAs(Long.class)
			.one()).hasValue(1L);
	}

	/**
	 * An organisation made for the test, asked in the round, answering with a new tie to
	 * Botkyrka; the proposal's key.
	 */
	private String answerFromAThrowawayOrganisation() {
		this.organisations
			.create(new OrganisationForm(ReviewFixture.THROWAWAY, "Granskas bort", null, null, List.of(), 0));
		this.neo4j.query("""
				MATCH (r:SurveyRound {id: $round}), (o:Organisation {id: $organisation}) CREATE (r)-[:ASKS]->(o)""")
			.bindAll(Map.of("round", this.round, "organisation", ReviewFixture.THROWAWAY))
			.run();
		submit(ReviewFixture.THROWAWAY, Map.of(), List.of(PartnerAnswer.picked(BOTKYRKA).withTopics(List.of("unga"))));
		return proposal(ReviewFixture.THROWAWAY, ProposalKind.NEW_TIE, BOTKYRKA).key();
	}

	@Test
	void an_answer_from_an_organisation_deleted_since_is_refused_with_its_reason_and_nothing_is_written() {
		String key = answerFromAThrowawayOrganisation();
		this.organisations.delete("actor:granskas-bort", true);
		long changes = this.history.recent(100).size();

		assertThat(this.review.of(this.round)).filteredOn(r -> r.organisationId().equals("actor:granskas-bort"))
			.singleElement()
			.satisfies(r -> assertThat(r.organisationName()).isNull());
		assertThatExceptionOfType(ReviewRefusedException.class)
			.isThrownBy(() -> this.review.accept(this.round, key, null))
			.satisfies(ex -> assertThat(ex.reason()).isEqualTo("organisation-gone"));
		assertThat(this.history.recent(100)).hasSize((int) changes);
	}

	@Test
	void an_answer_from_an_organisation_merged_into_another_since_is_refused_too() {
		String key = answerFromAThrowawayOrganisation();
		this.organisations.merge(HUDDINGE, "actor:granskas-bort");

		assertThat(this.review.of(this.round)).filteredOn(r -> r.organisationId().equals("actor:granskas-bort"))
			.singleElement()
			.satisfies(r -> assertThat(r.organisationName()).isNull());
		assertThatExceptionOfType(ReviewRefusedException.class)
			.isThrownBy(() -> this.review.accept(this.round, key, null))
			.satisfies(ex -> assertThat(ex.reason()).isEqualTo("organisation-gone"));
	}

	@Test
	void a_tie_changed_in_the_map_after_the_answer_shows_both_versions() {
		Proposal confirmed = proposal(HANINGE, ProposalKind.CONFIRMED, BOTKYRKA);
		assertThat(confirmed.changedSince()).isNull();
		TieForm now = this.ties.load(confirmed.tieId()).orElseThrow();
		this.ties.update(new TieForm(now.id(), now.fromId(), now.toId(), now.topic(), LocalDate.of(2019, 1, 1),
				now.until(), now.confidence(), now.source(), now.section(), now.quote(), now.version()));

		assertThat(proposal(HANINGE, ProposalKind.CONFIRMED, BOTKYRKA).changedSince()).contains("2019-01-01");
		// Put back as it was
		TieForm changed = this.ties.load(confirmed.tieId()).orElseThrow();
		this.ties.update(new TieForm(now.id(), now.fromId(), now.toId(), now.topic(), now.since(), now.until(),
				now.confidence(), now.source(), now.section(), now.quote(), changed.version()));
	}

	@Test
	void both_sides_view_tells_confirmed_one_sided_and_contradictory_pairs_apart() {
		Confirmations confirmations = this.review.confirmations(this.round);

		assertThat(confirmations.of(HANINGE, BOTKYRKA)).isEqualTo(Confirmation.BOTH);
		assertThat(confirmations.of(BOTKYRKA, HANINGE)).isEqualTo(Confirmation.BOTH);
		assertThat(confirmations.of(HANINGE, SODERTALJE)).isEqualTo(Confirmation.ONE_SIDE);
		assertThat(confirmations.of(HANINGE, HUDDINGE)).isEqualTo(Confirmation.CONTRADICTORY);
		assertThat(confirmations.of(BOTKYRKA, SODERTALJE)).isNull();
	}

}
