package se.samverkanskartan.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import se.samverkanskartan.network.EdgeKind;
import se.samverkanskartan.network.GraphFilter;
import se.samverkanskartan.network.GraphNode;
import se.samverkanskartan.network.GraphSlice;
import se.samverkanskartan.network.NetworkService;

/** Clusters of the network and how they compare with the declared groupings. */
@Service
public class AnalysisService {

	/** The groupings the report declares, by forum id. */
	static final Set<String> DECLARED_GROUPINGS = Set.of("forum:nordost", "forum:nordvast");

	private final NetworkService network;

	AnalysisService(NetworkService network) {
		this.network = network;
	}

	/** Leiden clusters on the weighted projection that the request describes. */
	public Clusters clusters(ClusterRequest request) {
		Set<EdgeKind> edgeKinds = request.includeBorders()
				? Set.of(EdgeKind.COOPERATES_WITH, EdgeKind.MEMBER_OF, EdgeKind.BORDERS)
				: Set.of(EdgeKind.COOPERATES_WITH, EdgeKind.MEMBER_OF);
		GraphSlice slice = this.network.graph(
				new GraphFilter(Set.of(), request.topics(), edgeKinds, Set.of(), Set.of(), Set.of(), Set.of(), false));
		List<GraphNode> clustered = slice.nodes()
			.stream()
			.filter(node -> request.kinds().isEmpty() || request.kinds().contains(node.kind()))
			.sorted(Comparator.comparing(GraphNode::id))
			.toList();
		var projection = new WeightedProjection(slice, clustered);
		LeidenClustering.Result result = LeidenClustering.run(projection, request.resolution(), request.seed());
		Map<Integer, List<GraphNode>> members = new HashMap<>();
		Map<String, Integer> clusterOf = new HashMap<>();
		for (int i = 0; i < clustered.size(); i++) {
			members.computeIfAbsent(result.clusterOfNode()[i], cluster -> new ArrayList<>()).add(clustered.get(i));
			clusterOf.put(clustered.get(i).id(), result.clusterOfNode()[i]);
		}
		List<Clusters.Cluster> clusters = members.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map(entry -> new Clusters.Cluster(entry.getKey(),
					entry.getValue().stream().sorted(Comparator.comparing(GraphNode::name)).toList()))
			.toList();
		return new Clusters(clusters, result.modularity(), Map.copyOf(clusterOf));
	}

	/**
	 * Compares clusters of the municipalities with the declared groupings (Nordost,
	 * Nordväst).
	 */
	public GroupingComparison compareWithDeclaredGroupings(Clusters clusters) {
		GraphSlice memberships = this.network.graph(new GraphFilter(Set.of(), Set.of(), Set.of(EdgeKind.MEMBER_OF)));
		Map<String, String> declared = new HashMap<>();
		clusters.clusterOf().keySet().forEach(id -> declared.put(id, ""));
		memberships.edges()
			.stream()
			.filter(edge -> DECLARED_GROUPINGS.contains(edge.target()) && declared.containsKey(edge.source()))
			.forEach(edge -> declared.put(edge.source(), edge.target()));
		List<String> ids = declared.keySet().stream().sorted().toList();
		double ari = AdjustedRandIndex.of(ids.stream().map(declared::get).toList(),
				ids.stream().map(id -> String.valueOf(clusters.clusterOf().get(id))).toList());
		Map<Integer, String> majority = majorityGrouping(ids, declared, clusters.clusterOf());
		List<String> differing = ids.stream()
			.filter(id -> !declared.get(id).isEmpty()
					&& !declared.get(id).equals(majority.get(clusters.clusterOf().get(id))))
			.toList();
		return new GroupingComparison(ari, Map.copyOf(declared), clusters.clusterOf(), differing);
	}

	private static Map<Integer, String> majorityGrouping(List<String> ids, Map<String, String> declared,
			Map<String, Integer> clusterOf) {
		return ids.stream()
			.collect(Collectors.groupingBy(clusterOf::get, Collectors.collectingAndThen(
					Collectors.groupingBy(declared::get, Collectors.counting()),
					counts -> counts.entrySet()
						.stream()
						.max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
						.map(Map.Entry::getKey)
						.orElse(""))));
	}

}
