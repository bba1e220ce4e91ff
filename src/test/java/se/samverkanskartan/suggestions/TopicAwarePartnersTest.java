package se.samverkanskartan.suggestions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.samverkanskartan.infrastructure.TranslationProvider;
import se.samverkanskartan.network.EdgeKind;
import se.samverkanskartan.network.GraphEdge;
import se.samverkanskartan.network.GraphNode;
import se.samverkanskartan.network.NetworkFacts;
import se.samverkanskartan.network.NodeKind;
import se.samverkanskartan.network.Topic;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partner finder on constructed networks: experience on the topic counts most, what
 * everybody shares tells nothing, and equal scores say so.
 */
class TopicAwarePartnersTest {

	private static final Topic EXTREMISM = new Topic("extremism", "Våldsbejakande extremism", "Violent extremism",
			"#000000");

	private static final Topic PLEDGES = new Topic("loften", "Medborgarlöften", "Citizen pledges", "#000000");

	private static final String ASKER = "municipality:asker";

	/**
	 * The asker; its neighbour of nearly the same size in the same police area; a big
	 * municipality that works on violent extremism with two others and a small one in a
	 * forum on it; and, when asked for, a police hub tied to everyone and a forum
	 * everyone is in.
	 */
	private static NetworkFacts county(boolean withHubs) {
		List<GraphNode> nodes = new ArrayList<>();
		Map<String, Long> population = new HashMap<>();
		Map<String, Long> sizes = Map.of("asker", 50_000L, "neighbour", 52_000L, "veteran", 400_000L, "ally1", 90_000L,
				"ally2", 110_000L, "member", 20_000L, "other", 300_000L);
		sizes.forEach((key, size) -> {
			nodes.add(new GraphNode("municipality:" + key, NodeKind.MUNICIPALITY, name(key), null, null, null));
			population.put("municipality:" + key, size);
		});
		nodes.add(new GraphNode("actor:police-area", NodeKind.ACTOR, "Lokalpolisområdet", null, null, "police"));
		nodes.add(new GraphNode("forum:network", NodeKind.FORUM, "Extremismnätverket", null, null, null));
		List<GraphEdge> edges = new ArrayList<>();
		edges.add(edge(EdgeKind.BORDERS, ASKER, "municipality:neighbour", null));
		edges.add(edge(EdgeKind.COVERS, "actor:police-area", ASKER, null));
		edges.add(edge(EdgeKind.COVERS, "actor:police-area", "municipality:neighbour", null));
		edges.add(edge(EdgeKind.COOPERATES_WITH, "municipality:veteran", "municipality:ally1", "extremism"));
		edges.add(edge(EdgeKind.COOPERATES_WITH, "municipality:veteran", "municipality:ally2", "extremism"));
		edges.add(edge(EdgeKind.MEMBER_OF, "municipality:member", "forum:network", null));
		if (withHubs) {
			nodes.add(new GraphNode("actor:police", NodeKind.ACTOR, "Polismyndigheten", null, null, "police"));
			nodes.add(new GraphNode("forum:all", NodeKind.FORUM, "BRON", null, null, null));
			for (String key : sizes.keySet()) {
				edges.add(edge(EdgeKind.COOPERATES_WITH, "municipality:" + key, "actor:police", "loften"));
				edges.add(edge(EdgeKind.MEMBER_OF, "municipality:" + key, "forum:all", null));
			}
		}
		return new NetworkFacts(nodes, edges, List.of(EXTREMISM, PLEDGES), population, Set.of(), Map.of(),
				Map.of("forum:network", Set.of("extremism")));
	}

	private static String name(String key) {
		return Character.toUpperCase(key.charAt(0)) + key.substring(1);
	}

	private static GraphEdge edge(EdgeKind kind, String from, String to, String topic) {
		return new GraphEdge(kind + from + to + topic, kind, from, to, topic, "explicit");
	}

	private static List<Suggestion> partners(NetworkFacts facts, String topic, Locale locale) {
		var index = new SuggestionIndex(facts);
		var suggester = new Suggester(index, Set.of(), new ReasonText(new TranslationProvider(), locale, index,
				Map.of("extremism", EXTREMISM, "loften", PLEDGES)));
		return suggester.partners(ASKER, topic, Set.of(NodeKind.MUNICIPALITY), 20);
	}

	private static List<String> order(List<Suggestion> found) {
		return found.stream().map(Suggestion::toId).toList();
	}

	@Test
	void a_candidate_with_experience_on_the_topic_outranks_a_neighbour_of_similar_size() {
		List<String> ranked = order(partners(county(false), "extremism", TranslationProvider.SWEDISH));

		assertThat(ranked.indexOf("municipality:veteran")).isLessThan(ranked.indexOf("municipality:neighbour"));
		assertThat(ranked.indexOf("municipality:member")).isLessThan(ranked.indexOf("municipality:neighbour"));
	}

	@Test
	void experience_is_stated_with_whom_and_where_its_evidence_is_in_swedish_and_english() {
		Suggestion veteran = partners(county(false), "extremism", TranslationProvider.SWEDISH).getFirst();
		Suggestion member = partners(county(false), "extremism", TranslationProvider.SWEDISH).stream()
			.filter(s -> s.toId().equals("municipality:member"))
			.findFirst()
			.orElseThrow();
		Suggestion inEnglish = partners(county(false), "extremism", TranslationProvider.ENGLISH).getFirst();

		assertThat(veteran.toId()).isEqualTo("municipality:veteran");
		assertThat(veteran.reasons().getFirst().signal()).isEqualTo(Signal.TOPIC_EXPERIENCE);
		assertThat(veteran.reasons().getFirst().text())
			.isEqualTo("Veteran samverkar redan om våldsbejakande extremism med Ally1 och Ally2");
		assertThat(veteran.reasons().getFirst().evidence()).isEqualTo("kallor?organisation=municipality:veteran");
		assertThat(member.reasons().getFirst().text())
			.isEqualTo("Member deltar i Extremismnätverket, som arbetar med våldsbejakande extremism");
		assertThat(inEnglish.reasons().getFirst().text())
			.isEqualTo("Veteran already cooperates on violent extremism with Ally1 and Ally2");
	}

	@Test
	void experience_names_the_partners_both_sides_named_in_the_latest_survey() {
		var facts = county(false);
		var index = new SuggestionIndex(facts);
		var confirmed = Map.of(
				se.samverkanskartan.review.TieConfirmations.pair("municipality:veteran", "municipality:ally1"),
				se.samverkanskartan.review.Confirmation.BOTH,
				se.samverkanskartan.review.TieConfirmations.pair("municipality:veteran", "municipality:ally2"),
				se.samverkanskartan.review.Confirmation.ONE_SIDE);
		var suggester = new Suggester(index, Set.of(), new ReasonText(new TranslationProvider(),
				TranslationProvider.SWEDISH, index, Map.of("extremism", EXTREMISM, "loften", PLEDGES), confirmed));

		assertThat(suggester.partners(ASKER, "extremism", Set.of(NodeKind.MUNICIPALITY), 20)
			.getFirst()
			.reasons()
			.getFirst()
			.text())
			.isEqualTo("Veteran samverkar redan om våldsbejakande extremism med Ally1 och Ally2 "
					+ "(Ally1: bekräftad av båda i senaste kartläggningen)");
	}

	@Test
	void a_hub_and_a_forum_shared_by_everyone_change_neither_the_order_nor_the_reasons() {
		List<Suggestion> without = partners(county(false), "extremism", TranslationProvider.SWEDISH);
		List<Suggestion> with = partners(county(true), "extremism", TranslationProvider.SWEDISH);

		assertThat(order(with)).containsSubsequence(
				order(without).stream().filter(id -> with.stream().anyMatch(s -> s.toId().equals(id))).toList());
		assertThat(order(with).subList(0, 3)).isEqualTo(order(without).subList(0, 3));
		assertThat(with).flatMap(Suggestion::reasons)
			.extracting(Reason::text)
			.noneMatch(text -> text.contains("Polismyndigheten") || text.contains("BRON"));
	}

	@Test
	void similar_size_is_a_reason_only_within_one_and_a_half_times() {
		List<Suggestion> found = partners(county(false), null, TranslationProvider.SWEDISH);

		Suggestion neighbour = found.stream()
			.filter(s -> s.toId().equals("municipality:neighbour"))
			.findFirst()
			.orElseThrow();
		assertThat(neighbour.reasonLine().replace('\u00a0', ' '))
			.contains("Liknande storlek (50 000 och 52 000 invånare)");
		assertThat(found).filteredOn(s -> !s.toId().equals("municipality:neighbour"))
			.flatMap(Suggestion::reasons)
			.extracting(Reason::signal)
			.doesNotContain(Signal.SIMILAR_SIZE);
	}

	@Test
	void equal_scores_are_marked_as_equal_and_ordered_by_the_documented_rule() {
		List<Suggestion> found = partners(county(false), "extremism", TranslationProvider.SWEDISH);

		Suggestion ally1 = found.stream().filter(s -> s.toId().equals("municipality:ally1")).findFirst().orElseThrow();
		Suggestion ally2 = found.stream().filter(s -> s.toId().equals("municipality:ally2")).findFirst().orElseThrow();
		assertThat(ally1.score()).isEqualTo(ally2.score());
		assertThat(ally1.tied()).isTrue();
		assertThat(ally2.tied()).isTrue();
		assertThat(order(found).indexOf("municipality:ally1")).isLessThan(order(found).indexOf("municipality:ally2"));
		assertThat(found.getFirst().tied()).isFalse();
	}

}
