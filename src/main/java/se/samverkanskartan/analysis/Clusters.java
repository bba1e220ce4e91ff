package se.samverkanskartan.analysis;

import java.util.List;
import java.util.Map;

import se.samverkanskartan.network.GraphNode;

/**
 * The clusters found, largest first.
 *
 * @param clusters the clusters
 * @param modularity the partition's modularity on the weighted projection
 * @param clusterOf cluster index per node id
 * @param stabilityOf per node id, how much its cluster stays the same over other seeds
 * (mean Jaccard similarity, 0..1)
 * @param stabilityRuns how many other seeds were tried
 */
public record Clusters(List<Cluster> clusters, double modularity, Map<String, Integer> clusterOf,
		Map<String, Double> stabilityOf, int stabilityRuns) {

	public static Clusters none() {
		return new Clusters(List.of(), 0, Map.of(), Map.of(), 0);
	}

	public boolean isEmpty() {
		return this.clusters.isEmpty();
	}

	/**
	 * @param index position in {@link Clusters#clusters()}
	 * @param members the organisations in it, by name
	 * @param centralMember the member with the strongest ties inside the cluster
	 * @param dominantTopic the topic slug of most ties inside the cluster, null if none
	 * @param customName the name a user gave it, null if none
	 * @param signature identifies the member set; a renamed cluster keeps its name while
	 * the same members form it
	 * @param stability the mean stability of its members
	 */
	public record Cluster(int index, List<GraphNode> members, GraphNode centralMember, String dominantTopic,
			String customName, String signature, double stability) {

	}

}
