package se.samverkanskartan.network;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.YenKShortestPath;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/** The shortest chains of ties between two organisations in a graph slice (JGraphT). */
final class ShortestPaths {

	private ShortestPaths() {
	}

	static List<CooperationPath> between(GraphSlice slice, String from, String to, int maxSteps, int maxPaths) {
		Map<String, GraphNode> nodes = slice.nodes()
			.stream()
			.collect(Collectors.toMap(GraphNode::id, Function.identity()));
		if (!nodes.containsKey(from) || !nodes.containsKey(to) || from.equals(to)) {
			return List.of();
		}
		Graph<String, GraphEdge> graph = GraphTypeBuilder.<String, GraphEdge>undirected()
			.allowingMultipleEdges(true)
			.allowingSelfLoops(false)
			.weighted(false)
			.buildGraph();
		nodes.keySet().forEach(graph::addVertex);
		slice.edges()
			.stream()
			.filter(edge -> !edge.source().equals(edge.target()))
			.forEach(edge -> graph.addEdge(edge.source(), edge.target(), edge));
		List<GraphPath<String, GraphEdge>> found = new YenKShortestPath<>(graph).getPaths(from, to, maxPaths * 4);
		if (found.isEmpty() || found.getFirst().getLength() > maxSteps) {
			return List.of();
		}
		int shortest = found.getFirst().getLength();
		return found.stream()
			.filter(path -> path.getLength() == shortest)
			.limit(maxPaths)
			.map(path -> new CooperationPath(path.getVertexList().stream().map(nodes::get).toList(),
					path.getEdgeList()))
			.toList();
	}

}
