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
 */
public record Clusters(List<Cluster> clusters, double modularity, Map<String, Integer> clusterOf) {

	/**
	 * @param index position in {@link Clusters#clusters()}
	 * @param members the organisations in it, by name
	 */
	public record Cluster(int index, List<GraphNode> members) {

	}

}
