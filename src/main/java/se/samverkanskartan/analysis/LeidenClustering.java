package se.samverkanskartan.analysis;

import java.util.Random;

import nl.cwts.networkanalysis.Clustering;
import nl.cwts.networkanalysis.LeidenAlgorithm;
import nl.cwts.networkanalysis.Network;
import nl.cwts.util.LargeDoubleArray;
import nl.cwts.util.LargeIntArray;

/** Modularity-based Leiden on a weighted projection, with CWTS networkanalysis. */
final class LeidenClustering {

	private static final int ITERATIONS = 10;

	private static final double RANDOMNESS = 0.01;

	private LeidenClustering() {
	}

	/**
	 * @return cluster index per node, clusters ordered by size, and the modularity
	 */
	static Result run(WeightedProjection projection, double resolution, long seed) {
		int n = projection.nodes.size();
		int m = projection.weights.size();
		int[] from = new int[m];
		int[] to = new int[m];
		double[] weight = new double[m];
		int i = 0;
		for (var entry : projection.weights.entrySet()) {
			from[i] = WeightedProjection.first(entry.getKey());
			to[i] = WeightedProjection.second(entry.getKey());
			weight[i] = entry.getValue();
			i++;
		}
		var network = new Network(n, true, new LargeIntArray[] { new LargeIntArray(from), new LargeIntArray(to) },
				new LargeDoubleArray(weight), false, true);
		// Modularity is CPM on a degree-weighted network with the resolution scaled by 2m
		double scale = 2 * network.getTotalEdgeWeight() + network.getTotalEdgeWeightSelfLinks();
		var algorithm = new LeidenAlgorithm(resolution / Math.max(scale, 1e-9), ITERATIONS, RANDOMNESS,
				new Random(seed));
		var clustering = new Clustering(n);
		algorithm.improveClustering(network, clustering);
		clustering.orderClustersByNNodes();
		// networkanalysis normalises the CPM quality by the total edge weight, so with
		// the scaled
		// resolution it is the modularity itself (checked against a hand-computed case in
		// the tests)
		double modularity = (m == 0) ? 0 : algorithm.calcQuality(network, clustering);
		return new Result(clustering.getClusters(), modularity);
	}

	record Result(int[] clusterOfNode, double modularity) {

	}

}
