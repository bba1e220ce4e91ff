package se.samverkanskartan.explorer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import se.samverkanskartan.network.EdgeKind;
import se.samverkanskartan.network.GraphEdge;
import se.samverkanskartan.network.GraphSlice;

/**
 * The topics on which an organisation's neighbours (shared border) cooperate with someone
 * and the organisation itself with nobody: where a neighbour's experience is close at
 * hand.
 */
final class CooperationGaps {

	private CooperationGaps() {
	}

	/**
	 * @param slice the network with its borders and cooperation ties
	 * @param id the organisation's node id
	 * @return topic slug → the neighbours' names that cooperate on it, topics by slug
	 */
	static Map<String, List<String>> of(GraphSlice slice, String id) {
		Map<String, String> names = new LinkedHashMap<>();
		slice.nodes().forEach(node -> names.put(node.id(), node.name()));
		Set<String> neighbours = new HashSet<>();
		Set<String> own = new HashSet<>();
		for (GraphEdge edge : slice.edges()) {
			if (edge.kind() == EdgeKind.BORDERS && (edge.source().equals(id) || edge.target().equals(id))) {
				neighbours.add(edge.source().equals(id) ? edge.target() : edge.source());
			}
			if (edge.kind() == EdgeKind.COOPERATES_WITH && edge.topic() != null
					&& (edge.source().equals(id) || edge.target().equals(id))) {
				own.add(edge.topic());
			}
		}
		Map<String, Set<String>> gaps = new TreeMap<>();
		for (GraphEdge edge : slice.edges()) {
			if (edge.kind() != EdgeKind.COOPERATES_WITH || edge.topic() == null || own.contains(edge.topic())) {
				continue;
			}
			for (String end : List.of(edge.source(), edge.target())) {
				if (neighbours.contains(end)) {
					gaps.computeIfAbsent(edge.topic(), topic -> new java.util.TreeSet<>())
						.add(names.getOrDefault(end, end));
				}
			}
		}
		Map<String, List<String>> result = new LinkedHashMap<>();
		gaps.forEach((topic, who) -> result.put(topic, new ArrayList<>(who)));
		return result;
	}

}
