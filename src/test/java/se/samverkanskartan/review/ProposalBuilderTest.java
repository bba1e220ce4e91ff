package se.samverkanskartan.review;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.samverkanskartan.survey.PartnerAnswer;
import se.samverkanskartan.survey.PartnerChoices;
import se.samverkanskartan.survey.SubmittedAnswer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** An answer against the organisation's ties, as proposals, without a database. */
class ProposalBuilderTest {

	private static final ZonedDateTime AT = ZonedDateTime.parse("2027-03-10T10:00:00+01:00[Europe/Stockholm]");

	private static final List<CurrentTie> TIES = List.of(new CurrentTie("t1", "b", "unga", null, ""),
			new CurrentTie("t2", "b", "andt", null, ""), new CurrentTie("t3", "forum", null, null, ""),
			new CurrentTie("t4", "c", "unga", null, ""));

	private static List<Proposal> build(Map<String, String> values, PartnerAnswer... partners) {
		return ProposalBuilder.build(new SubmittedAnswer("a", "A", "s1", AT, values, List.of(partners)), TIES,
				Map.of("b", "B", "forum", "Forum", "c", "C", "d", "D"));
	}

	@Test
	void a_changed_pair_confirms_the_topics_named_ends_the_others_and_adds_the_new_ones() {
		var proposals = build(Map.of(),
				PartnerAnswer.picked("b").withTopics(List.of("unga", "krisberedskap")).withStill("andrat"));

		assertThat(proposals).extracting(Proposal::kind, Proposal::topic, Proposal::tieId)
			.containsExactlyInAnyOrder(tuple(ProposalKind.CONFIRMED, "unga", "t1"),
					tuple(ProposalKind.NEW_TOPIC, "krisberedskap", null), tuple(ProposalKind.ENDED, "andt", "t2"));
		assertThat(proposals).allSatisfy(p -> assertThat(p.answered()).hasToString("2027-03-10"));
	}

	@Test
	void a_pair_named_without_topics_confirms_what_the_map_has_and_a_new_one_gets_the_general_topic() {
		assertThat(build(Map.of(), PartnerAnswer.picked("c").withStill("ja"), PartnerAnswer.picked("d")))
			.extracting(Proposal::kind, Proposal::partnerId, Proposal::topic)
			.containsExactly(tuple(ProposalKind.CONFIRMED, "c", "unga"),
					tuple(ProposalKind.NEW_TIE, "d", ProposalBuilder.GENERAL_TOPIC));
	}

	@Test
	void a_forum_membership_is_confirmed_as_it_is_or_ended_not_proposed_as_a_new_tie() {
		assertThat(build(Map.of(), PartnerAnswer.picked("forum").withForm("gemensamt-forum").withStill("ja")))
			.extracting(Proposal::kind, Proposal::topic, Proposal::tieId)
			.containsExactly(tuple(ProposalKind.CONFIRMED, null, "t3"));
		assertThat(build(Map.of(), PartnerAnswer.picked("forum").withStill("upphort")))
			.extracting(Proposal::kind, Proposal::tieId)
			.containsExactly(tuple(ProposalKind.ENDED, "t3"));
	}

	@Test
	void needs_missing_partners_and_keys_are_one_per_thing_proposed() {
		var proposals = build(Map.of(PartnerChoices.NEEDS_TOPICS, "unga, andt,unga"),
				PartnerAnswer.missing("Föreningen X").withTopics(List.of("unga")));

		assertThat(proposals).extracting(Proposal::kind, Proposal::topic)
			.containsExactly(tuple(ProposalKind.NEW_ORGANISATION, null), tuple(ProposalKind.NEED, "unga"),
					tuple(ProposalKind.NEED, "andt"));
		assertThat(proposals).extracting(Proposal::key).doesNotHaveDuplicates().allMatch(key -> key.startsWith("s1|"));
	}

}
