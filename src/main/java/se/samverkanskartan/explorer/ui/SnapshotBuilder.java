package se.samverkanskartan.explorer.ui;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.samverkanskartan.exchange.ViewSnapshot;
import se.samverkanskartan.network.CountyMap;

/**
 * The drawn graph, its positions, map and legend as a {@link ViewSnapshot} for export.
 */
final class SnapshotBuilder {

	private SnapshotBuilder() {
	}

	static ViewSnapshot build(NetworkGraph view, DrawnState drawn, List<ViewSnapshot.LegendItem> legend, String title,
			String filterLine, String provenance) {
		GraphData graph = view.getGraph();
		Set<String> hidden = new HashSet<>(drawn.hiddenLabels());
		List<ViewSnapshot.Node> nodes = graph.nodes()
			.stream()
			.filter(node -> drawn.positions().containsKey(node.id()))
			.map(node -> {
				double[] at = drawn.positions().get(node.id());
				return new ViewSnapshot.Node(node.id(), node.label(), at[0], at[1], node.size(), node.color(),
						node.shape(), !hidden.contains(node.id()), node.cluster());
			})
			.toList();
		List<ViewSnapshot.Edge> edges = graph.edges()
			.stream()
			// A contradictory tie (the screen's red underlay) is red and dashed in a
			// picture
			.map(edge -> new ViewSnapshot.Edge(edge.source(), edge.target(),
					"contradictory".equals(edge.confirmation()) ? GraphLegend.CONTRADICTORY : edge.color(),
					edge.dashed()))
			.toList();
		return new ViewSnapshot(title, filterLine, provenance, LocalDate.now(), nodes, edges, legend,
				backdrop(view.getMap(), view.getElement().getAttribute("isolates-heading")));
	}

	/** The map as the explorer shows it (borders and shading), or none off the map. */
	static ViewSnapshot.Backdrop backdrop(MapLayer map, String isolatesHeading) {
		if (map == null) {
			return new ViewSnapshot.Backdrop(List.of(), null, false, isolatesHeading);
		}
		Map<String, String> fills = new HashMap<>();
		map.areas().forEach(area -> fills.put(area.code(), area.fill()));
		List<ViewSnapshot.Area> areas = CountyMap.builtIn()
			.areas()
			.stream()
			.map(area -> new ViewSnapshot.Area(area.name(), area.rings(), fills.get(area.code())))
			.toList();
		return new ViewSnapshot.Backdrop(areas, map.attribution(), true, null);
	}

}
