package se.samverkanskartan.explorer.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import se.samverkanskartan.network.CountyMap;
import se.samverkanskartan.network.EdgeKind;
import se.samverkanskartan.network.GraphEdge;
import se.samverkanskartan.network.GraphNode;
import se.samverkanskartan.network.GraphSlice;
import se.samverkanskartan.network.NodeKind;
import se.samverkanskartan.network.Topic;

/**
 * Styles a {@link GraphSlice} for the browser: colours, shapes, sizes and edge titles.
 */
final class GraphDataMapper {

	private static final String STRUCTURAL_EDGE_COLOR = "#a8a29e";

	private GraphDataMapper() {
	}

	static GraphData toGraphData(GraphSlice slice, Locale locale) {
		return toGraphData(slice, locale, GraphOverlay.NONE, Map.of());
	}

	/**
	 * @param positions the server's layout by node id; the browser lays out the rest
	 */
	static GraphData toGraphData(GraphSlice slice, Locale locale, GraphOverlay overlay,
			Map<String, double[]> positions) {
		Map<String, Topic> topics = slice.topics().stream().collect(Collectors.toMap(Topic::slug, Function.identity()));
		Map<String, double[]> onMap = MapPlacement.place(slice.nodes(), CountyMap.builtIn());
		var nodes = slice.nodes()
			.stream()
			.map(node -> node(node, overlay, positions.get(node.id()), onMap.get(node.id())))
			.toList();
		var edges = new java.util.ArrayList<>(slice.edges()
			.stream()
			.map(edge -> edge(edge, topics.get(edge.topic()), locale, overlay.changeOf().get(edge.id()),
					(edge.kind() == EdgeKind.COOPERATES_WITH) ? overlay.confirmationOf(edge.source(), edge.target())
							: null))
			.toList());
		edges.addAll(overlay.suggestions());
		return new GraphData(nodes, List.copyOf(edges));
	}

	private static GraphData.NodeData node(GraphNode node, GraphOverlay overlay, double[] position, double[] onMap) {
		Integer cluster = overlay.clusterOf().get(node.id());
		String color = !overlay.clustersOn() ? node.kind().color()
				: (cluster != null) ? overlay.colorOf().get(cluster) : GraphOverlay.UNCLUSTERED;
		return new GraphData.NodeData(node.id(), node.name(), node.kind().slug(), color, shape(node.kind()), size(node),
				(onMap == null) ? null : onMap[0], (onMap == null) ? null : onMap[1], cluster,
				(position == null) ? null : position[0], (position == null) ? null : position[1]);
	}

	private static String shape(NodeKind kind) {
		return switch (kind) {
			case MUNICIPALITY -> "ellipse";
			case CITY_DISTRICT -> "hexagon";
			case ACTOR -> "round-rectangle";
			case FORUM -> "diamond";
		};
	}

	private static double size(GraphNode node) {
		return switch (node.kind()) {
			case MUNICIPALITY -> 16;
			case FORUM -> 24;
			default -> 18;
		};
	}

	/**
	 * Memberships are dashed, and so is a cooperation tie named by one side only in the
	 * latest survey round (in its topic's colour), on screen and in exports.
	 */
	private static GraphData.EdgeData edge(GraphEdge edge, Topic topic, Locale locale, String change,
			String confirmation) {
		boolean cooperation = edge.kind() == EdgeKind.COOPERATES_WITH;
		String color = (cooperation && topic != null) ? topic.color() : STRUCTURAL_EDGE_COLOR;
		String title = (topic != null) ? topic.name(locale) : edge.kind().name();
		boolean oneSided = confirmation != null && !confirmation.equals("both");
		return new GraphData.EdgeData(edge.id(), edge.source(), edge.target(), edge.kind().name(), color,
				!cooperation || oneSided, title, change, confirmation);
	}

}
