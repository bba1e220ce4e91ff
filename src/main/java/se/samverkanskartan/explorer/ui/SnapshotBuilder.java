package se.samverkanskartan.explorer.ui;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import se.samverkanskartan.exchange.ViewSnapshot;

/** The drawn graph, its positions and legend as a {@link ViewSnapshot} for export. */
final class SnapshotBuilder {

	private SnapshotBuilder() {
	}

	static ViewSnapshot build(GraphData graph, DrawnState drawn, List<ViewSnapshot.LegendItem> legend, String title,
			String filterLine, String provenance) {
		Set<String> hidden = new HashSet<>(drawn.hiddenLabels());
		List<ViewSnapshot.Node> nodes = graph.nodes()
			.stream()
			.filter(node -> drawn.positions().containsKey(node.id()))
			.map(node -> {
				double[] at = drawn.positions().get(node.id());
				return new ViewSnapshot.Node(node.id(), node.label(), at[0], at[1], node.size(), node.color(),
						node.shape(), !hidden.contains(node.id()));
			})
			.toList();
		List<ViewSnapshot.Edge> edges = graph.edges()
			.stream()
			.map(edge -> new ViewSnapshot.Edge(edge.source(), edge.target(), edge.color(), edge.dashed()))
			.toList();
		return new ViewSnapshot(title, filterLine, provenance, LocalDate.now(), nodes, edges, legend);
	}

}
