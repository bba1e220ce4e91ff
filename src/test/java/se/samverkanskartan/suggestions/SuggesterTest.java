package se.samverkanskartan.suggestions;

import java.util.ArrayList;
import java.util.List;
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

class SuggesterTest {

	private static final List<Topic> TOPICS = List.of(new Topic("unga", "Unga", "Young people", "#000000"),
			new Topic("droger", "Droger", "Drugs", "#000000"));

	/** A and B share four partners that nobody else has; C, D and E are loosely tied. */
	static NetworkFacts triangles() {
		List<GraphNode> nodes = new ArrayList<>();
		for (String key : List.of("a", "b", "c", "d", "e")) {
			nodes.add(new GraphNode("municipality:" + key, NodeKind.MUNICIPALITY, key.toUpperCase(), null, null, null));
		}
		for (int i = 1; i <= 4; i++) {
			nodes.add(new GraphNode("actor:p" + i, NodeKind.ACTOR, "P" + i, null, null, "civil-society"));
		}
		List<GraphEdge> edges = new ArrayList<>();
		for (int i = 1; i <= 4; i++) {
			edges.add(tie("municipality:a", "actor:p" + i, "unga"));
			edges.add(tie("municipality:b", "actor:p" + i, "unga"));
		}
		edges.add(tie("municipality:c", "actor:p1", "droger"));
		edges.add(tie("municipality:d", "actor:p2", "unga"));
		edges.add(new GraphEdge("border", EdgeKind.BORDERS, "municipality:a", "municipality:e", null, null));
		return new NetworkFacts(nodes, edges, TOPICS, Map.of("municipality:a", 50_000L, "municipality:b", 60_000L),
				Set.of(), Map.of("municipality:c", Set.of("unga")));
	}

	private static GraphEdge tie(String a, String b, String topic) {
		return new GraphEdge(a + b + topic, EdgeKind.COOPERATES_WITH, a, b, topic, "explicit");
	}

	private static Suggester suggester(NetworkFacts facts, Set<String> dismissed) {
		var index = new SuggestionIndex(facts);
		return new Suggester(index, dismissed, new ReasonText(new TranslationProvider(), TranslationProvider.SWEDISH,
				index, Map.of("unga", TOPICS.get(0), "droger", TOPICS.get(1))));
	}

	@Test
	void the_tie_that_closes_the_most_triangles_ranks_first_with_its_reasons() {
		Suggestion best = suggester(triangles(), Set.of()).forNetwork(null, 10).get(0);

		assertThat(Set.of(best.fromId(), best.toId())).containsExactlyInAnyOrder("municipality:a", "municipality:b");
		assertThat(best.reasons().get(0).signal()).isEqualTo(Signal.COMMON_PARTNERS);
		assertThat(best.reasons().get(0).text()).isEqualTo("Båda samarbetar med P3, P4 och P1 om unga");
		assertThat(best.reasonLine().replace('\u00a0', ' ')).contains("Båda arbetar med unga")
			.contains("Liknande storlek (50 000 och 60 000 invånare)");
		assertThat(best.reasons().stream().mapToDouble(Reason::share).sum()).isLessThanOrEqualTo(1.0 + 1e-9);
		assertThat(best.reasons()).allMatch(reason -> reason.share() >= ReasonText.NEGLIGIBLE_SHARE);
		assertThat(best.reasons()).isSortedAccordingTo((x, y) -> Double.compare(y.share(), x.share()));
	}

	@Test
	void suggestions_leave_out_pairs_that_already_cooperate_and_dismissed_pairs() {
		Suggester suggester = suggester(triangles(),
				Set.of(SuggestionDecisions.key("municipality:a", "municipality:b", null)));

		List<Suggestion> found = suggester.forNetwork(null, 100);

		assertThat(found)
			.noneMatch(s -> Set.of(s.fromId(), s.toId()).equals(Set.of("municipality:a", "municipality:b")));
		assertThat(found).noneMatch(s -> Set.of(s.fromId(), s.toId()).equals(Set.of("municipality:a", "actor:p1")));
	}

	@Test
	void a_stated_wish_is_a_reason_when_the_other_works_on_the_topic() {
		List<Suggestion> forC = suggester(triangles(), Set.of()).forOrganisation("municipality:c", "unga", 10);

		Suggestion withD = forC.stream().filter(s -> s.toId().equals("municipality:d")).findFirst().orElseThrow();
		assertThat(withD.reasonLine()).contains("C vill samverka om unga");
		assertThat(forC).allMatch(s -> "unga".equals(s.topic()));
	}

	@Test
	void neighbours_are_named_as_such() {
		Suggestion withE = suggester(triangles(), Set.of()).forOrganisation("municipality:a", null, 10)
			.stream()
			.filter(s -> s.toId().equals("municipality:e"))
			.findFirst()
			.orElseThrow();

		assertThat(withE.reasons()).extracting(Reason::text).containsExactly("Grannkommuner");
		assertThat(withE.score()).isEqualTo(Signal.NEIGHBOURS.weight());
	}

	@Test
	void the_partner_finder_marks_those_already_cooperating_on_the_topic() {
		List<Suggestion> partners = suggester(triangles(), Set.of()).partners("municipality:a", "unga", Set.of(), 20);

		assertThat(partners).filteredOn(Suggestion::alreadyCooperating)
			.extracting(Suggestion::toId)
			.containsExactlyInAnyOrder("actor:p1", "actor:p2", "actor:p3", "actor:p4");
		assertThat(partners).filteredOn(s -> !s.alreadyCooperating()).allMatch(s -> !s.reasons().isEmpty());
	}

}
