package se.samverkanskartan.network;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which part of the network to read.
 *
 * @param kinds the node kinds to keep; empty keeps all
 * @param topics the cooperation topics to keep (slugs); empty keeps all
 * @param edgeKinds the relationship types to keep; empty keeps all but borders
 */
public record GraphFilter(Set<NodeKind> kinds, Set<String> topics, Set<EdgeKind> edgeKinds) {

	public static final GraphFilter EVERYTHING = new GraphFilter(Set.of(), Set.of(), Set.of());

	public GraphFilter {
		kinds = Set.copyOf(kinds);
		topics = Set.copyOf(topics);
		edgeKinds = Set.copyOf(edgeKinds);
	}

	Set<String> labels() {
		var keep = this.kinds.isEmpty() ? EnumSet.allOf(NodeKind.class) : EnumSet.copyOf(this.kinds);
		return keep.stream().map(NodeKind::label).collect(java.util.stream.Collectors.toSet());
	}

	Set<String> relationshipTypes() {
		var keep = this.edgeKinds.isEmpty() ? EnumSet.complementOf(EnumSet.of(EdgeKind.BORDERS))
				: EnumSet.copyOf(this.edgeKinds);
		return keep.stream().map(EdgeKind::name).collect(java.util.stream.Collectors.toSet());
	}

}
