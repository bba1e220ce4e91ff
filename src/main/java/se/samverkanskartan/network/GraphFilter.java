package se.samverkanskartan.network;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which part of the network to show. Every empty set means "no restriction"; the filters
 * combine with AND.
 *
 * @param kinds the node kinds to keep
 * @param topics the cooperation topics (slugs): only organisations with a tie on one of
 * them are kept, and of the cooperation ties only those topics
 * @param edgeKinds the relationship types to keep; empty keeps all but borders
 * @param actorTypes the actor types to keep (other kinds are not affected)
 * @param forums forum node ids: keep these forums and their members
 * @param municipalities municipality node ids: keep these and whatever they are tied to
 * @param confidences keep ties of these confidences (ties without one are kept)
 * @param hideHubs hide organisations tied to {@value #HUB_DEGREE} or more others, such as
 * BRON and the Police Authority, which otherwise connect everything
 * @param asOf the network as it was on this day: only ties (memberships and district ties
 * included) begun by then and not ended before, and only organisations that existed then;
 * null for every organisation and tie, dated or not
 */
public record GraphFilter(Set<NodeKind> kinds, Set<String> topics, Set<EdgeKind> edgeKinds, Set<String> actorTypes,
		Set<String> forums, Set<String> municipalities, Set<String> confidences, boolean hideHubs,
		java.time.LocalDate asOf) {

	/** How many distinct partners make an organisation a hub. */
	public static final int HUB_DEGREE = 20;

	public static final GraphFilter EVERYTHING = new GraphFilter(Set.of(), Set.of(), Set.of());

	public GraphFilter {
		kinds = Set.copyOf(kinds);
		topics = Set.copyOf(topics);
		edgeKinds = Set.copyOf(edgeKinds);
		actorTypes = Set.copyOf(actorTypes);
		forums = Set.copyOf(forums);
		municipalities = Set.copyOf(municipalities);
		confidences = Set.copyOf(confidences);
	}

	public GraphFilter(Set<NodeKind> kinds, Set<String> topics, Set<EdgeKind> edgeKinds) {
		this(kinds, topics, edgeKinds, Set.of(), Set.of(), Set.of(), Set.of(), false, null);
	}

	/** Today's network. */
	public GraphFilter(Set<NodeKind> kinds, Set<String> topics, Set<EdgeKind> edgeKinds, Set<String> actorTypes,
			Set<String> forums, Set<String> municipalities, Set<String> confidences, boolean hideHubs) {
		this(kinds, topics, edgeKinds, actorTypes, forums, municipalities, confidences, hideHubs, null);
	}

	/** The same filter on another day (null: today). */
	public GraphFilter on(java.time.LocalDate day) {
		return new GraphFilter(this.kinds, this.topics, this.edgeKinds, this.actorTypes, this.forums,
				this.municipalities, this.confidences, this.hideHubs, day);
	}

	Set<String> relationshipTypes() {
		var keep = this.edgeKinds.isEmpty() ? EnumSet.complementOf(EnumSet.of(EdgeKind.BORDERS))
				: EnumSet.copyOf(this.edgeKinds);
		return keep.stream().map(EdgeKind::name).collect(Collectors.toSet());
	}

	/** Applies the filter to a whole graph read with {@link #relationshipTypes()}. */
	GraphSlice apply(List<GraphNode> allNodes, List<GraphEdge> allEdges, List<Topic> allTopics) {
		List<GraphEdge> edges = allEdges.stream().filter(this::keepsEdge).toList();
		Set<String> keep = allNodes.stream().filter(this::keepsNode).map(GraphNode::id).collect(Collectors.toSet());
		if (!this.topics.isEmpty()) {
			keep.retainAll(endsOf(edges.stream().filter(edge -> edge.kind() == EdgeKind.COOPERATES_WITH).toList()));
		}
		if (!this.forums.isEmpty()) {
			Set<String> members = edges.stream()
				.filter(edge -> edge.kind() == EdgeKind.MEMBER_OF && this.forums.contains(edge.target()))
				.map(GraphEdge::source)
				.collect(Collectors.toCollection(HashSet::new));
			members.addAll(this.forums);
			keep.retainAll(members);
		}
		if (!this.municipalities.isEmpty()) {
			Set<String> around = new HashSet<>(this.municipalities);
			edges.stream()
				.filter(edge -> this.municipalities.contains(edge.source())
						|| this.municipalities.contains(edge.target()))
				.forEach(edge -> around.addAll(List.of(edge.source(), edge.target())));
			keep.retainAll(around);
		}
		List<GraphNode> hubs = List.of();
		if (this.hideHubs) {
			Map<String, Integer> degree = degrees(edges, keep);
			hubs = allNodes.stream().filter(node -> degree.getOrDefault(node.id(), 0) >= HUB_DEGREE).toList();
			hubs.forEach(hub -> keep.remove(hub.id()));
		}
		List<GraphNode> nodes = allNodes.stream().filter(node -> keep.contains(node.id())).toList();
		List<GraphEdge> kept = edges.stream()
			.filter(edge -> keep.contains(edge.source()) && keep.contains(edge.target()))
			.toList();
		Set<String> usedTopics = kept.stream().map(GraphEdge::topic).collect(Collectors.toSet());
		return new GraphSlice(nodes, kept,
				allTopics.stream().filter(topic -> usedTopics.contains(topic.slug())).toList(), hubs);
	}

	private boolean keepsEdge(GraphEdge edge) {
		if (this.asOf != null && !edge.heldOn(this.asOf)) {
			return false;
		}
		if (edge.kind() == EdgeKind.COOPERATES_WITH && !this.topics.isEmpty() && !this.topics.contains(edge.topic())) {
			return false;
		}
		return this.confidences.isEmpty() || edge.confidence() == null || this.confidences.contains(edge.confidence());
	}

	private boolean keepsNode(GraphNode node) {
		if (this.asOf != null && !node.existedOn(this.asOf)) {
			return false;
		}
		if (!this.kinds.isEmpty() && !this.kinds.contains(node.kind())) {
			return false;
		}
		return node.kind() != NodeKind.ACTOR || this.actorTypes.isEmpty() || this.actorTypes.contains(node.actorType());
	}

	private static Set<String> endsOf(List<GraphEdge> edges) {
		Set<String> ends = new HashSet<>();
		edges.forEach(edge -> ends.addAll(List.of(edge.source(), edge.target())));
		return ends;
	}

	/** Distinct partners, so that several topics between the same pair count once. */
	private static Map<String, Integer> degrees(List<GraphEdge> edges, Set<String> among) {
		Map<String, Set<String>> partners = new HashMap<>();
		for (GraphEdge edge : edges) {
			if (among.contains(edge.source()) && among.contains(edge.target())) {
				partners.computeIfAbsent(edge.source(), id -> new HashSet<>()).add(edge.target());
				partners.computeIfAbsent(edge.target(), id -> new HashSet<>()).add(edge.source());
			}
		}
		Map<String, Integer> degree = new HashMap<>();
		partners.forEach((id, set) -> degree.put(id, set.size()));
		return degree;
	}

}
