package se.samverkanskartan.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.samverkanskartan.network.EdgeKind;
import se.samverkanskartan.network.GraphEdge;
import se.samverkanskartan.network.GraphNode;
import se.samverkanskartan.network.GraphSlice;

/**
 * Runs Leiden on a projection and describes the result: members, the most central member,
 * the dominant topic and how stable each member's cluster is over other seeds.
 */
final class ClusterBuilder {

	/** How many other seeds the stability is measured over. */
	static final int STABILITY_RUNS = 10;

	private ClusterBuilder() {
	}

	static Clusters build(GraphSlice slice, WeightedProjection projection, ClusterRequest request,
			Map<String, String> customNames) {
		List<GraphNode> nodes = projection.nodes;
		if (nodes.isEmpty()) {
			return Clusters.none();
		}
		LeidenClustering.Result result = LeidenClustering.run(projection, request.resolution(), request.seed());
		int[] reference = result.clusterOfNode();
		double[] stability = stability(projection, request, reference);
		Map<Integer, List<Integer>> members = new HashMap<>();
		Map<String, Integer> clusterOf = new HashMap<>();
		Map<String, Double> stabilityOf = new HashMap<>();
		for (int i = 0; i < nodes.size(); i++) {
			members.computeIfAbsent(reference[i], cluster -> new ArrayList<>()).add(i);
			clusterOf.put(nodes.get(i).id(), reference[i]);
			stabilityOf.put(nodes.get(i).id(), stability[i]);
		}
		List<Clusters.Cluster> clusters = new ArrayList<>();
		for (int cluster = 0; cluster < members.size(); cluster++) {
			List<Integer> inside = members.get(cluster);
			List<GraphNode> sorted = inside.stream()
				.map(nodes::get)
				.sorted(Comparator.comparing(GraphNode::name))
				.toList();
			String signature = ClusterNames.signature(sorted.stream().map(GraphNode::id).toList());
			clusters.add(new Clusters.Cluster(cluster, sorted, nodes.get(mostCentral(projection, inside, reference)),
					dominantTopic(slice, sorted), customNames.get(signature), signature,
					inside.stream().mapToDouble(i -> stability[i]).average().orElse(1)));
		}
		return new Clusters(List.copyOf(clusters), result.modularity(), Map.copyOf(clusterOf), Map.copyOf(stabilityOf),
				STABILITY_RUNS);
	}

	/** Per node, the mean Jaccard similarity of its cluster now and with other seeds. */
	private static double[] stability(WeightedProjection projection, ClusterRequest request, int[] reference) {
		int n = reference.length;
		double[] sum = new double[n];
		for (int run = 1; run <= STABILITY_RUNS; run++) {
			int[] other = LeidenClustering.run(projection, request.resolution(), request.seed() + run).clusterOfNode();
			Map<Long, Integer> overlap = new HashMap<>();
			Map<Integer, Integer> referenceSize = new HashMap<>();
			Map<Integer, Integer> otherSize = new HashMap<>();
			for (int i = 0; i < n; i++) {
				overlap.merge(((long) reference[i] << 32) | other[i], 1, Integer::sum);
				referenceSize.merge(reference[i], 1, Integer::sum);
				otherSize.merge(other[i], 1, Integer::sum);
			}
			for (int i = 0; i < n; i++) {
				int both = overlap.get(((long) reference[i] << 32) | other[i]);
				sum[i] += (double) both / (referenceSize.get(reference[i]) + otherSize.get(other[i]) - both);
			}
		}
		for (int i = 0; i < n; i++) {
			sum[i] /= STABILITY_RUNS;
		}
		return sum;
	}

	private static int mostCentral(WeightedProjection projection, List<Integer> inside, int[] clusterOf) {
		double[] strength = new double[clusterOf.length];
		projection.weights.forEach((key, weight) -> {
			int a = WeightedProjection.first(key);
			int b = WeightedProjection.second(key);
			if (clusterOf[a] == clusterOf[b]) {
				strength[a] += weight;
				strength[b] += weight;
			}
		});
		return inside.stream()
			.max(Comparator.comparingDouble((Integer i) -> strength[i])
				.thenComparing(i -> projection.nodes.get(i).name(), Comparator.reverseOrder()))
			.orElseThrow();
	}

	/**
	 * The topic of most cooperation ties inside the cluster, else of ties touching it.
	 */
	private static String dominantTopic(GraphSlice slice, List<GraphNode> members) {
		Set<String> ids = new HashSet<>(members.stream().map(GraphNode::id).toList());
		Map<String, Integer> inside = new HashMap<>();
		Map<String, Integer> touching = new HashMap<>();
		for (GraphEdge edge : slice.edges()) {
			if (edge.kind() != EdgeKind.COOPERATES_WITH || edge.topic() == null) {
				continue;
			}
			boolean source = ids.contains(edge.source());
			boolean target = ids.contains(edge.target());
			if (source && target) {
				inside.merge(edge.topic(), 1, Integer::sum);
			}
			else if (source || target) {
				touching.merge(edge.topic(), 1, Integer::sum);
			}
		}
		Map<String, Integer> counts = inside.isEmpty() ? touching : inside;
		return counts.entrySet()
			.stream()
			// most ties; on a tie the alphabetically first slug, so names are stable
			.max(Map.Entry.<String, Integer>comparingByValue()
				.thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
			.map(Map.Entry::getKey)
			.orElse(null);
	}

}
