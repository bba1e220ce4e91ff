package se.samverkanskartan.explorer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

import se.samverkanskartan.network.GraphEdge;
import se.samverkanskartan.network.GraphNode;
import se.samverkanskartan.network.GraphSlice;
import se.samverkanskartan.network.NetworkChanged;
import se.samverkanskartan.network.ReadModelCache;

/**
 * Positions for the explorer's first picture, so that the browser draws before it lays
 * out: fcose took 1 s at county size and 10 s and more at national size
 * (docs/benchmarks.md). Groups found by label propagation each get a disc, the largest in
 * the middle. A large graph keeps these positions; a small one moves on to the positions
 * of the browser's force layout, which draws it better.
 */
@Service
public class GraphLayouts {

	/**
	 * Distance between neighbouring nodes of a group, in the browser's pixels at zoom 1.
	 */
	static final double NODE_SPACING = 110;

	private static final double GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

	private static final long SEED = 2020;

	private final ReadModelCache<String, Map<String, double[]>> cache = new ReadModelCache<>(16);

	@TransactionalEventListener(fallbackExecution = true)
	void networkChanged(NetworkChanged change) {
		this.cache.clear();
	}

	/** Every node's position as {x, y} by node id. */
	public Map<String, double[]> positions(GraphSlice slice) {
		return this.cache.get(signature(slice.nodes(), slice.edges()), () -> layout(slice));
	}

	static Map<String, double[]> layout(GraphSlice slice) {
		Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
		slice.nodes().forEach(node -> graph.addVertex(node.id()));
		for (GraphEdge edge : slice.edges()) {
			// one tie per pair of organisations, however many topics they share
			if (!edge.source().equals(edge.target()) && graph.containsVertex(edge.source())
					&& graph.containsVertex(edge.target()) && !graph.containsEdge(edge.source(), edge.target())) {
				graph.addEdge(edge.source(), edge.target());
			}
		}
		var groups = new ArrayList<>(
				new LabelPropagationClustering<>(graph, 20, new Random(SEED)).getClustering().getClusters());
		groups.sort(Comparator.comparingInt((Set<String> group) -> group.size())
			.reversed()
			.thenComparing(group -> group.stream().min(Comparator.naturalOrder()).orElse("")));
		Map<String, double[]> positions = new HashMap<>();
		double area = 0;
		for (int g = 0; g < groups.size(); g++) {
			// members by number of ties, the best tied in the middle of the disc
			List<String> members = groups.get(g)
				.stream()
				.sorted(Comparator.comparingInt((String id) -> graph.degreeOf(id))
					.reversed()
					.thenComparing(Comparator.naturalOrder()))
				.toList();
			double radius = NODE_SPACING * 0.5 * Math.sqrt(members.size());
			area += Math.PI * radius * radius;
			double distance = (g == 0) ? 0 : Math.sqrt(area / Math.PI) * 1.3;
			double centreX = distance * Math.cos(g * GOLDEN_ANGLE);
			double centreY = distance * Math.sin(g * GOLDEN_ANGLE);
			area += Math.PI * radius * radius;
			for (int i = 0; i < members.size(); i++) {
				double r = radius * Math.sqrt((i + 0.5) / members.size());
				positions.put(members.get(i), new double[] { centreX + r * Math.cos(i * GOLDEN_ANGLE),
						centreY + r * Math.sin(i * GOLDEN_ANGLE) });
			}
		}
		return Map.copyOf(positions);
	}

	/** The graph's content as a key: the same nodes and ties give the same layout. */
	static String signature(List<GraphNode> nodes, List<GraphEdge> edges) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			nodes.forEach(node -> digest.update((node.id() + "\n").getBytes(StandardCharsets.UTF_8)));
			digest.update((byte) 0);
			edges.forEach(edge -> digest
				.update((edge.source() + "\t" + edge.target() + "\n").getBytes(StandardCharsets.UTF_8)));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

}
