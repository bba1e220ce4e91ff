package se.samverkanskartan.network;

import java.util.List;

/**
 * The whole network, or the part a filter keeps, with the topics its ties use.
 *
 * @param nodes the organisations
 * @param edges the ties between them; both ends are always among the nodes
 * @param topics the topics of the cooperation ties, for the legend
 * @param hiddenHubs the hubs the filter hid
 */
public record GraphSlice(List<GraphNode> nodes, List<GraphEdge> edges, List<Topic> topics, List<GraphNode> hiddenHubs) {

	/**
	 * The ego network: the node and everything within the given number of steps of it,
	 * with the ties among them.
	 */
	public GraphSlice around(String nodeId, int steps) {
		java.util.Set<String> reached = new java.util.HashSet<>(java.util.Set.of(nodeId));
		java.util.Set<String> frontier = java.util.Set.of(nodeId);
		for (int step = 0; step < steps && !frontier.isEmpty(); step++) {
			java.util.Set<String> next = new java.util.HashSet<>();
			for (GraphEdge edge : this.edges) {
				if (frontier.contains(edge.source()) && reached.add(edge.target())) {
					next.add(edge.target());
				}
				if (frontier.contains(edge.target()) && reached.add(edge.source())) {
					next.add(edge.source());
				}
			}
			frontier = next;
		}
		List<GraphEdge> kept = this.edges.stream()
			.filter(edge -> reached.contains(edge.source()) && reached.contains(edge.target()))
			.toList();
		java.util.Set<String> usedTopics = kept.stream()
			.map(GraphEdge::topic)
			.collect(java.util.stream.Collectors.toSet());
		return new GraphSlice(this.nodes.stream().filter(node -> reached.contains(node.id())).toList(), kept,
				this.topics.stream().filter(topic -> usedTopics.contains(topic.slug())).toList(), this.hiddenHubs);
	}

}
