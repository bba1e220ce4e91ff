package se.samverkanskartan.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

import se.samverkanskartan.network.EdgeKind;
import se.samverkanskartan.network.GraphEdge;
import se.samverkanskartan.network.GraphNode;
import se.samverkanskartan.network.NetworkFacts;
import se.samverkanskartan.network.Topic;

/**
 * Ties per node and betweenness (JGraphT, Brandes) on cooperation and forum membership;
 * and per topic the county municipalities with no partner on it.
 */
final class CentralityCalculator {

	private CentralityCalculator() {
	}

	static Centrality calculate(NetworkFacts facts, String topic) {
		Map<String, GraphNode> nodes = new HashMap<>();
		facts.nodes().forEach(node -> nodes.put(node.id(), node));
		Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
		for (GraphEdge edge : facts.edges()) {
			boolean cooperation = edge.kind() == EdgeKind.COOPERATES_WITH
					&& (topic == null || topic.equals(edge.topic()));
			boolean membership = topic == null && edge.kind() == EdgeKind.MEMBER_OF;
			if ((cooperation || membership) && !edge.source().equals(edge.target())) {
				graph.addVertex(edge.source());
				graph.addVertex(edge.target());
				graph.addEdge(edge.source(), edge.target());
			}
		}
		Map<String, Double> betweenness = new BetweennessCentrality<>(graph, true).getScores();
		List<Centrality.NodeCentrality> ranked = graph.vertexSet()
			.stream()
			.map(id -> new Centrality.NodeCentrality(nodes.get(id), graph.degreeOf(id), betweenness.get(id)))
			.sorted(Comparator.comparingDouble(Centrality.NodeCentrality::betweenness)
				.reversed()
				.thenComparing(Comparator.comparingInt(Centrality.NodeCentrality::partners).reversed())
				.thenComparing(c -> c.node().name()))
			.toList();
		return new Centrality(topic, ranked, gaps(facts, nodes, topic));
	}

	private static List<Centrality.TopicGap> gaps(NetworkFacts facts, Map<String, GraphNode> nodes, String only) {
		Map<String, Set<String>> withPartner = new HashMap<>();
		for (GraphEdge edge : facts.edges()) {
			if (edge.kind() == EdgeKind.COOPERATES_WITH && edge.topic() != null) {
				withPartner.computeIfAbsent(edge.topic(), t -> new HashSet<>())
					.addAll(List.of(edge.source(), edge.target()));
			}
		}
		List<Centrality.TopicGap> gaps = new ArrayList<>();
		for (Topic topic : facts.topics()) {
			Set<String> covered = withPartner.getOrDefault(topic.slug(), Set.of());
			if ((only != null && !only.equals(topic.slug())) || (only == null && covered.isEmpty())) {
				continue;
			}
			List<GraphNode> without = facts.countyMunicipalities()
				.stream()
				.filter(id -> !covered.contains(id))
				.map(nodes::get)
				.sorted(Comparator.comparing(GraphNode::name))
				.toList();
			gaps.add(new Centrality.TopicGap(topic, facts.countyMunicipalities().size() - without.size(), without));
		}
		gaps.sort(Comparator.comparingInt((Centrality.TopicGap gap) -> gap.without().size())
			.thenComparing(gap -> gap.topic().nameSv()));
		return gaps;
	}

}
