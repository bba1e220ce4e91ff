package se.samverkanskartan.analysis;

import java.util.Set;

import se.samverkanskartan.network.NodeKind;

/**
 * What to cluster and how.
 *
 * @param kinds the organisations to cluster (forums only ever link them)
 * @param topics cooperation topics to count (slugs); empty counts all
 * @param resolution Leiden's resolution; higher gives more, smaller clusters
 * @param seed the random seed, so that the same data gives the same clusters
 * @param includeBorders whether sharing a border counts as a (weak) tie
 */
public record ClusterRequest(Set<NodeKind> kinds, Set<String> topics, double resolution, long seed,
		boolean includeBorders) {

	public static final long DEFAULT_SEED = 2020;

	public ClusterRequest {
		kinds = Set.copyOf(kinds);
		topics = Set.copyOf(topics);
	}

	/** Municipalities, all topics, resolution 1, the default seed, no borders. */
	public static ClusterRequest municipalities() {
		return new ClusterRequest(Set.of(NodeKind.MUNICIPALITY), Set.of(), 1.0, DEFAULT_SEED, false);
	}

}
