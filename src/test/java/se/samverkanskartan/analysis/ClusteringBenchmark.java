package se.samverkanskartan.analysis;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

import se.samverkanskartan.network.GraphNode;
import se.samverkanskartan.network.GraphSlice;
import se.samverkanskartan.network.NodeKind;

/**
 * Our Leiden against JGraphT's label propagation (JGraphT 1.5 has no greedy modularity
 * clustering) on the same weighted projection; modularity of both computed the same way.
 */
public final class ClusteringBenchmark {

	/** Times in milliseconds. */
	public record Figures(int nodes, int weightedPairs, double leidenMillis, double leidenModularity,
			int leidenClusters, double baselineMillis, double baselineModularity, int baselineClusters) {

	}

	private ClusteringBenchmark() {
	}

	public static Figures measure(GraphSlice slice) {
		List<GraphNode> clustered = slice.nodes()
			.stream()
			.filter(node -> node.kind() != NodeKind.FORUM)
			.sorted(Comparator.comparing(GraphNode::id))
			.toList();
		var projection = new WeightedProjection(slice, clustered);
		long start = System.nanoTime();
		LeidenClustering.Result leiden = LeidenClustering.run(projection, 1.0, ClusterRequest.DEFAULT_SEED);
		double leidenMillis = (System.nanoTime() - start) / 1e6;

		var graph = new SimpleWeightedGraph<Integer, DefaultWeightedEdge>(DefaultWeightedEdge.class);
		for (int i = 0; i < clustered.size(); i++) {
			graph.addVertex(i);
		}
		projection.weights.forEach((pair, weight) -> graph
			.setEdgeWeight(graph.addEdge(WeightedProjection.first(pair), WeightedProjection.second(pair)), weight));
		start = System.nanoTime();
		var clusters = new LabelPropagationClustering<>(graph, new java.util.Random(ClusterRequest.DEFAULT_SEED))
			.getClustering()
			.getClusters();
		double baselineMillis = (System.nanoTime() - start) / 1e6;
		int[] baseline = new int[clustered.size()];
		for (int c = 0; c < clusters.size(); c++) {
			for (int node : clusters.get(c)) {
				baseline[node] = c;
			}
		}
		int leidenCount = (int) java.util.Arrays.stream(leiden.clusterOfNode()).distinct().count();
		return new Figures(clustered.size(), projection.weights.size(), leidenMillis,
				modularity(projection, leiden.clusterOfNode()), leidenCount, baselineMillis,
				modularity(projection, baseline), clusters.size());
	}

	/** Newman's weighted modularity at resolution 1. */
	static double modularity(WeightedProjection projection, int[] clusterOf) {
		double total = 0;
		double[] strength = new double[clusterOf.length];
		Map<Integer, Double> inside = new HashMap<>();
		for (var entry : projection.weights.entrySet()) {
			int a = WeightedProjection.first(entry.getKey());
			int b = WeightedProjection.second(entry.getKey());
			double weight = entry.getValue();
			total += weight;
			strength[a] += weight;
			strength[b] += weight;
			if (clusterOf[a] == clusterOf[b]) {
				inside.merge(clusterOf[a], weight, Double::sum);
			}
		}
		if (total == 0) {
			return 0;
		}
		Map<Integer, Double> clusterStrength = new HashMap<>();
		for (int i = 0; i < clusterOf.length; i++) {
			clusterStrength.merge(clusterOf[i], strength[i], Double::sum);
		}
		double q = 0;
		for (var entry : clusterStrength.entrySet()) {
			double within = inside.getOrDefault(entry.getKey(), 0.0);
			q += within / total - Math.pow(entry.getValue() / (2 * total), 2);
		}
		return q;
	}

}
