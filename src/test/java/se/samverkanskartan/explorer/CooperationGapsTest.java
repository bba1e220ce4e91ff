package se.samverkanskartan.explorer;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.samverkanskartan.network.EdgeKind;
import se.samverkanskartan.network.GraphEdge;
import se.samverkanskartan.network.GraphNode;
import se.samverkanskartan.network.GraphSlice;
import se.samverkanskartan.network.NodeKind;

import static org.assertj.core.api.Assertions.assertThat;

class CooperationGapsTest {

	private static GraphNode municipality(String id, String name) {
		return new GraphNode(id, NodeKind.MUNICIPALITY, name, null, null, null);
	}

	@Test
	void a_topic_a_neighbour_cooperates_on_and_the_organisation_does_not_is_a_gap_with_the_neighbours_named() {
		var slice = new GraphSlice(
				List.of(municipality("m:a", "Ankeby"), municipality("m:b", "Bäckby"), municipality("m:c", "Centrum"),
						municipality("m:d", "Dalby"), municipality("m:x", "Xby")),
				List.of(new GraphEdge("b1", EdgeKind.BORDERS, "m:a", "m:b", null, null),
						new GraphEdge("b2", EdgeKind.BORDERS, "m:c", "m:a", null, null),
						new GraphEdge("t1", EdgeKind.COOPERATES_WITH, "m:b", "m:x", "unga", "explicit"),
						new GraphEdge("t2", EdgeKind.COOPERATES_WITH, "m:x", "m:c", "unga", "explicit"),
						new GraphEdge("t3", EdgeKind.COOPERATES_WITH, "m:c", "m:x", "extremism", "explicit"),
						new GraphEdge("t4", EdgeKind.COOPERATES_WITH, "m:a", "m:x", "extremism", "explicit"),
						// Dalby is no neighbour: its topic is no gap
						new GraphEdge("t5", EdgeKind.COOPERATES_WITH, "m:d", "m:x", "krisberedskap", "explicit")),
				List.of(), List.of());

		Map<String, List<String>> gaps = CooperationGaps.of(slice, "m:a");

		assertThat(gaps).containsExactly(Map.entry("unga", List.of("Bäckby", "Centrum")));
	}

	@Test
	void an_organisation_without_neighbours_has_no_gaps() {
		var slice = new GraphSlice(List.of(municipality("m:a", "Ankeby"), municipality("m:x", "Xby")),
				List.of(new GraphEdge("t1", EdgeKind.COOPERATES_WITH, "m:x", "m:a", "unga", "explicit")), List.of(),
				List.of());

		assertThat(CooperationGaps.of(slice, "m:a")).isEmpty();
	}

}
