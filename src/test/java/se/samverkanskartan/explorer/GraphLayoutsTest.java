package se.samverkanskartan.explorer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import se.samverkanskartan.network.EdgeKind;
import se.samverkanskartan.network.GraphEdge;
import se.samverkanskartan.network.GraphNode;
import se.samverkanskartan.network.GraphSlice;
import se.samverkanskartan.network.NodeKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class GraphLayoutsTest {

	/** Groups of nodes tied densely inside, sparsely between. */
	static GraphSlice clustered(int groups, int perGroup, int tiesPerNode, long seed) {
		Random random = new Random(seed);
		List<GraphNode> nodes = new ArrayList<>();
		for (int i = 0; i < groups * perGroup; i++) {
			nodes.add(new GraphNode("actor:n" + i, NodeKind.ACTOR, "Nod " + i, null, null, null, null, null));
		}
		List<GraphEdge> edges = new ArrayList<>();
		for (int i = 0; i < nodes.size(); i++) {
			int group = i / perGroup;
			for (int t = 0; t < tiesPerNode; t++) {
				int other = (random.nextDouble() < 0.9) ? group * perGroup + random.nextInt(perGroup)
						: random.nextInt(nodes.size());
				edges.add(new GraphEdge("e" + edges.size(), EdgeKind.COOPERATES_WITH, nodes.get(i).id(),
						nodes.get(other).id(), "unga", "explicit", null, null));
			}
		}
		return new GraphSlice(nodes, edges, List.of(), List.of());
	}

	@Test
	void tied_nodes_end_up_closer_than_untied_ones_and_the_same_graph_gets_the_same_picture() {
		GraphSlice slice = clustered(4, 25, 4, 1);
		Map<String, double[]> positions = GraphLayouts.layout(slice);

		assertThat(positions).hasSize(100);
		double inside = meanDistance(positions, 0, 25, 0, 25);
		double between = meanDistance(positions, 0, 25, 50, 75);
		assertThat(inside).isLessThan(between * 0.7);
		assertThat(GraphLayouts.layout(slice)).allSatisfy(
				(id, position) -> assertThat(position).containsExactly(positions.get(id)[0], positions.get(id)[1]));
	}

	@Test
	void many_untied_nodes_are_laid_out_apart_and_the_layout_ends() {
		GraphSlice slice = clustered(3, 10, 2, 3);
		List<GraphNode> nodes = new ArrayList<>(slice.nodes());
		for (int i = 0; i < 300; i++) {
			nodes.add(new GraphNode("actor:lone" + i, NodeKind.ACTOR, "Ensam " + i, null, null, null, null, null));
		}
		Map<String, double[]> positions = assertTimeoutPreemptively(Duration.ofSeconds(60),
				() -> GraphLayouts.layout(new GraphSlice(nodes, slice.edges(), List.of(), List.of())));

		assertThat(positions).hasSize(330);
		List<double[]> points = List.copyOf(positions.values());
		double closest = Double.MAX_VALUE;
		for (int a = 0; a < points.size(); a++) {
			for (int b = a + 1; b < points.size(); b++) {
				closest = Math.min(closest,
						Math.hypot(points.get(a)[0] - points.get(b)[0], points.get(a)[1] - points.get(b)[1]));
			}
		}
		assertThat(closest).as("closest pair").isGreaterThan(GraphLayouts.NODE_SPACING / 10);
	}

	@Test
	void a_changed_graph_has_another_signature() {
		GraphSlice slice = clustered(2, 10, 2, 1);
		GraphSlice fewer = new GraphSlice(slice.nodes(), slice.edges().subList(1, slice.edges().size()), List.of(),
				List.of());
		assertThat(GraphLayouts.signature(slice.nodes(), slice.edges()))
			.isEqualTo(GraphLayouts.signature(slice.nodes(), List.copyOf(slice.edges())))
			.isNotEqualTo(GraphLayouts.signature(fewer.nodes(), fewer.edges()));
	}

	private static double meanDistance(Map<String, double[]> positions, int fromA, int toA, int fromB, int toB) {
		double sum = 0;
		int count = 0;
		for (int a = fromA; a < toA; a++) {
			for (int b = fromB; b < toB; b++) {
				if (a != b) {
					double[] p = positions.get("actor:n" + a);
					double[] q = positions.get("actor:n" + b);
					sum += Math.hypot(p[0] - q[0], p[1] - q[1]);
					count++;
				}
			}
		}
		return sum / count;
	}

	@Test
	void every_graph_gets_a_first_picture_and_asking_again_reuses_it() {
		GraphLayouts layouts = new GraphLayouts();
		GraphSlice small = clustered(4, 25, 4, 1);
		assertThat(layouts.positions(small)).hasSize(100);
		assertThat(layouts.positions(small)).isSameAs(layouts.positions(small));
		assertThat(layouts.positions(clustered(20, 100, 3, 1))).hasSize(2000);
	}

}
