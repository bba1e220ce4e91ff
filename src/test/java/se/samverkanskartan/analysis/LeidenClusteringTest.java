package se.samverkanskartan.analysis;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverkanskartan.network.EdgeKind;
import se.samverkanskartan.network.GraphEdge;
import se.samverkanskartan.network.GraphNode;
import se.samverkanskartan.network.GraphSlice;
import se.samverkanskartan.network.NodeKind;

import static org.assertj.core.api.Assertions.assertThat;

class LeidenClusteringTest {

	@Test
	void two_triangles_joined_by_one_tie_become_two_clusters_the_same_way_every_time() {
		List<GraphNode> nodes = List.of(node("a"), node("b"), node("c"), node("d"), node("e"), node("f"));
		List<GraphEdge> edges = List.of(tie("a", "b"), tie("b", "c"), tie("a", "c"), tie("d", "e"), tie("e", "f"),
				tie("d", "f"), tie("c", "d"));
		var projection = new WeightedProjection(new GraphSlice(nodes, edges, List.of(), List.of()), nodes);

		LeidenClustering.Result first = LeidenClustering.run(projection, 1.0, 42);
		LeidenClustering.Result again = LeidenClustering.run(projection, 1.0, 42);

		int[] clusters = first.clusterOfNode();
		assertThat(clusters[0]).isEqualTo(clusters[1]).isEqualTo(clusters[2]);
		assertThat(clusters[3]).isEqualTo(clusters[4]).isEqualTo(clusters[5]);
		assertThat(clusters[0]).isNotEqualTo(clusters[3]);
		assertThat(first.modularity()).isCloseTo(5.0 / 14, org.assertj.core.api.Assertions.within(1e-9));
		assertThat(again.clusterOfNode()).containsExactly(clusters);
	}

	@Test
	void a_forum_everyone_belongs_to_links_each_pair_only_weakly() {
		List<GraphNode> members = List.of(node("a"), node("b"), node("c"), node("d"), node("e"));
		GraphNode forum = new GraphNode("forum:all", NodeKind.FORUM, "all", null, null, null);
		List<GraphEdge> edges = members.stream()
			.map(member -> new GraphEdge(member.id() + "-all", EdgeKind.MEMBER_OF, member.id(), forum.id(), null,
					"collective"))
			.toList();

		var projection = new WeightedProjection(new GraphSlice(members, edges, List.of(), List.of()), members);

		assertThat(projection.weights).hasSize(10).allSatisfy((pair, weight) -> assertThat(weight).isEqualTo(0.25));
	}

	private static GraphNode node(String id) {
		return new GraphNode("municipality:" + id, NodeKind.MUNICIPALITY, id, null, null, null);
	}

	private static GraphEdge tie(String a, String b) {
		return new GraphEdge(a + b, EdgeKind.COOPERATES_WITH, "municipality:" + a, "municipality:" + b, "t",
				"explicit");
	}

}
