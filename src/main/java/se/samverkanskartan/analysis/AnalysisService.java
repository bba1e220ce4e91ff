package se.samverkanskartan.analysis;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import se.samverkanskartan.accounts.Role;
import se.samverkanskartan.network.EdgeKind;
import se.samverkanskartan.network.InvalidParameterException;
import se.samverkanskartan.network.NodeKind;
import se.samverkanskartan.network.Topic;
import se.samverkanskartan.network.GraphFilter;
import se.samverkanskartan.network.GraphNode;
import se.samverkanskartan.network.GraphSlice;
import se.samverkanskartan.network.NetworkChanged;
import se.samverkanskartan.network.NetworkService;
import se.samverkanskartan.network.ReadModelCache;

/** Clusters of the network and how they compare with the declared groupings. */
@Service
public class AnalysisService {

	/** The groupings the report declares, by forum id. */
	static final Set<String> DECLARED_GROUPINGS = Set.of("forum:nordost", "forum:nordvast");

	/** Longest custom cluster name. */
	public static final int MAX_NAME_LENGTH = 80;

	public static final double MIN_RESOLUTION = 0.05;

	public static final double MAX_RESOLUTION = 5.0;

	private final NetworkService network;

	private final ClusterNames names;

	private final I18NProvider i18n;

	/** Leiden with its stability runs is the dearest read; asked again for every page. */
	private final ReadModelCache<ClusterRequest, Clusters> clusters = new ReadModelCache<>(32);

	private final ReadModelCache<String, Centrality> centrality = new ReadModelCache<>(32);

	private final ApplicationEventPublisher events;

	AnalysisService(NetworkService network, ClusterNames names, I18NProvider i18n, ApplicationEventPublisher events) {
		this.network = network;
		this.names = names;
		this.i18n = i18n;
		this.events = events;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void networkChanged(NetworkChanged change) {
		this.clusters.clear();
		this.centrality.clear();
	}

	/**
	 * The name a user gave the cluster, else "most central member m.fl. – dominant
	 * topic".
	 */
	public String displayName(Clusters.Cluster cluster, Locale locale) {
		if (cluster.customName() != null) {
			return cluster.customName();
		}
		String central = cluster.centralMember().name();
		if (cluster.members().size() == 1) {
			return central;
		}
		return this.network.topics()
			.stream()
			.filter(topic -> topic.slug().equals(cluster.dominantTopic()))
			.findFirst()
			.map(topic -> this.i18n.getTranslation("cluster.auto-name", locale, central, topic.name(locale)))
			.orElseGet(() -> this.i18n.getTranslation("cluster.auto-name-no-topic", locale, central));
	}

	/**
	 * Leiden clusters on the weighted projection that the request describes, named and
	 * with their stability. Empty (never an error) when nothing is left to cluster.
	 */
	public Clusters clusters(ClusterRequest request) {
		if (!(request.resolution() >= MIN_RESOLUTION && request.resolution() <= MAX_RESOLUTION)) {
			throw new InvalidParameterException("resolution",
					"resolution must be between " + MIN_RESOLUTION + " and " + MAX_RESOLUTION);
		}
		checkTopics(request.topics());
		return this.clusters.get(request, () -> computeClusters(request));
	}

	private Clusters computeClusters(ClusterRequest request) {
		Set<EdgeKind> edgeKinds = request.includeBorders()
				? Set.of(EdgeKind.COOPERATES_WITH, EdgeKind.MEMBER_OF, EdgeKind.BORDERS)
				: Set.of(EdgeKind.COOPERATES_WITH, EdgeKind.MEMBER_OF);
		GraphSlice slice = this.network.graph(
				new GraphFilter(Set.of(), request.topics(), edgeKinds, Set.of(), Set.of(), Set.of(), Set.of(), false));
		List<GraphNode> clustered = slice.nodes()
			.stream()
			.filter(node -> request.kinds().isEmpty() || request.kinds().contains(node.kind()))
			.filter(node -> node.kind() != NodeKind.FORUM || request.kinds().contains(NodeKind.FORUM))
			.sorted(Comparator.comparing(GraphNode::id))
			.toList();
		return ClusterBuilder.build(slice, new WeightedProjection(slice, clustered), request, this.names.all());
	}

	/**
	 * Gives the cluster with this signature a name; a blank name restores the automatic
	 * one.
	 */
	@Transactional
	@PreAuthorize(Role.CAN_EDIT)
	public void rename(String signature, String name) {
		if (signature == null || !signature.matches("[0-9a-f]{16}")) {
			throw new InvalidParameterException("signature", "Not a cluster signature: " + signature);
		}
		String trimmed = (name == null) ? "" : name.strip();
		if (trimmed.length() > MAX_NAME_LENGTH) {
			throw new InvalidParameterException("name",
					"A cluster name has at most " + MAX_NAME_LENGTH + " characters");
		}
		this.names.rename(signature, trimmed.isEmpty() ? null : trimmed);
		// after the commit, so that no read of the old name is cached again
		this.events.publishEvent(new NetworkChanged("cluster renamed"));
	}

	/**
	 * Ties and betweenness per organisation, and the topic gaps; all topics when null.
	 */
	public Centrality centrality(String topic) {
		String slug = (topic == null || topic.isBlank()) ? null : topic;
		if (slug != null) {
			checkTopics(Set.of(slug));
		}
		return this.centrality.get(String.valueOf(slug),
				() -> CentralityCalculator.calculate(this.network.facts(), slug));
	}

	private void checkTopics(Set<String> topics) {
		Set<String> known = this.network.topics().stream().map(Topic::slug).collect(Collectors.toSet());
		topics.stream().filter(topic -> !known.contains(topic)).findFirst().ifPresent(topic -> {
			throw new InvalidParameterException("topic", "Unknown topic: " + topic);
		});
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
