package se.samverkanskartan.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.samverkanskartan.network.EdgeKind;
import se.samverkanskartan.network.GraphEdge;
import se.samverkanskartan.network.GraphNode;
import se.samverkanskartan.network.GraphSlice;

/**
 * The network projected onto the organisations to cluster, as weighted undirected pairs:
 * each cooperation tie counts 1; co-membership of a forum with m members counts 1/(m-1)
 * per pair, so that a forum everyone belongs to (BRON) links no pair strongly; a shared
 * border counts 0.5 when asked for.
 */
final class WeightedProjection {

	static final double BORDER_WEIGHT = 0.5;

	final List<GraphNode> nodes;

	final Map<String, Integer> index = new HashMap<>();

	final Map<Long, Double> weights = new LinkedHashMap<>();

	WeightedProjection(GraphSlice slice, List<GraphNode> clustered) {
		this.nodes = List.copyOf(clustered);
		for (int i = 0; i < this.nodes.size(); i++) {
			this.index.put(this.nodes.get(i).id(), i);
		}
		Map<String, List<Integer>> forumMembers = new HashMap<>();
		for (GraphEdge edge : slice.edges()) {
			Integer a = this.index.get(edge.source());
			Integer b = this.index.get(edge.target());
			if (edge.kind() == EdgeKind.MEMBER_OF && a != null) {
				forumMembers.computeIfAbsent(edge.target(), forum -> new ArrayList<>()).add(a);
			}
			else if (a != null && b != null && !a.equals(b)) {
				if (edge.kind() == EdgeKind.COOPERATES_WITH) {
					add(a, b, 1.0);
				}
				else if (edge.kind() == EdgeKind.BORDERS) {
					add(a, b, BORDER_WEIGHT);
				}
			}
		}
		for (List<Integer> members : forumMembers.values()) {
			double weight = 1.0 / Math.max(1, members.size() - 1);
			for (int i = 0; i < members.size(); i++) {
				for (int j = i + 1; j < members.size(); j++) {
					add(members.get(i), members.get(j), weight);
				}
			}
		}
	}

	private void add(int a, int b, double weight) {
		long key = ((long) Math.min(a, b) << 32) | Math.max(a, b);
		this.weights.merge(key, weight, Double::sum);
	}

	static int first(long key) {
		return (int) (key >>> 32);
	}

	static int second(long key) {
		return (int) key;
	}

}
