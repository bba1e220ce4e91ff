package se.samverkanskartan.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The network on two days at once: everything held on either day, with the ties that
 * began and those that ended in between named.
 *
 * @param from the earlier day
 * @param to the later day
 * @param union the organisations and ties of both days
 * @param added ids of ties held on {@code to} but not on {@code from}
 * @param ended ids of ties held on {@code from} but no longer on {@code to}
 */
public record GraphComparison(LocalDate from, LocalDate to, GraphSlice union, Set<String> added, Set<String> ended) {

	public GraphComparison {
		added = Set.copyOf(added);
		ended = Set.copyOf(ended);
	}

	static GraphComparison between(LocalDate from, LocalDate to, GraphSlice before, GraphSlice after) {
		Set<String> beforeIds = before.edges().stream().map(GraphEdge::id).collect(Collectors.toSet());
		Set<String> afterIds = after.edges().stream().map(GraphEdge::id).collect(Collectors.toSet());
		Map<String, GraphNode> nodes = new LinkedHashMap<>();
		before.nodes().forEach(node -> nodes.put(node.id(), node));
		after.nodes().forEach(node -> nodes.putIfAbsent(node.id(), node));
		Map<String, GraphEdge> edges = new LinkedHashMap<>();
		before.edges().forEach(edge -> edges.put(edge.id(), edge));
		after.edges().forEach(edge -> edges.putIfAbsent(edge.id(), edge));
		Map<String, Topic> topics = new LinkedHashMap<>();
		before.topics().forEach(topic -> topics.put(topic.slug(), topic));
		after.topics().forEach(topic -> topics.putIfAbsent(topic.slug(), topic));
		Set<String> hubs = after.hiddenHubs().stream().map(GraphNode::id).collect(Collectors.toSet());
		List<GraphNode> hidden = before.hiddenHubs()
			.stream()
			.filter(hub -> !hubs.contains(hub.id()))
			.collect(Collectors.toCollection(ArrayList::new));
		hidden.addAll(after.hiddenHubs());
		Set<String> added = afterIds.stream().filter(id -> !beforeIds.contains(id)).collect(Collectors.toSet());
		Set<String> ended = beforeIds.stream().filter(id -> !afterIds.contains(id)).collect(Collectors.toSet());
		List<Topic> sortedTopics = topics.values().stream().sorted(Comparator.comparing(Topic::nameSv)).toList();
		var union = new GraphSlice(List.copyOf(nodes.values()), List.copyOf(edges.values()), sortedTopics, hidden);
		return new GraphComparison(from, to, union, added, ended);
	}

}
