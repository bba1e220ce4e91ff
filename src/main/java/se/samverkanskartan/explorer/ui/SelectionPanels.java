package se.samverkanskartan.explorer.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import se.samverkanskartan.network.CooperationPath;
import se.samverkanskartan.network.GraphFilter;
import se.samverkanskartan.network.GraphNode;
import se.samverkanskartan.network.GraphSlice;
import se.samverkanskartan.network.NetworkService;
import se.samverkanskartan.network.NodeId;
import se.samverkanskartan.network.SourceService;
import se.samverkanskartan.network.Topic;

/**
 * The explorer's side panels for what is selected: an organisation with the paths from
 * it, or a tie; and what the graph and the table twin mark for the selection.
 */
final class SelectionPanels {

	/**
	 * What a selection is shown against.
	 *
	 * @param dimmedEgo the ego network the rest is dimmed around, or null
	 * @param pathTo the organisation the paths lead to, or null
	 */
	record Context(GraphSlice shown, GraphFilter filter, GraphSlice dimmedEgo, String pathTo) {

	}

	private final NetworkService network;

	private final SourceService sources;

	private final NetworkGraph graph;

	private final TableTwin table;

	private final NodeDetailsPanel details;

	private final TieDetailsPanel tieDetails;

	private final BiConsumer<String, String> choosePath;

	/**
	 * @param select called with an organisation to select, or null to clear the selection
	 * @param choosePath called with the selected organisation and the one a path should
	 * lead to
	 */
	SelectionPanels(NetworkService network, SourceService sources, NetworkGraph graph, TableTwin table,
			Consumer<String> select, BiConsumer<String, String> choosePath) {
		this.network = network;
		this.sources = sources;
		this.graph = graph;
		this.table = table;
		this.choosePath = choosePath;
		this.details = new NodeDetailsPanel(select::accept, () -> select.accept(null));
		this.tieDetails = new TieDetailsPanel(select::accept, () -> select.accept(null));
	}

	NodeDetailsPanel details() {
		return this.details;
	}

	TieDetailsPanel tieDetails() {
		return this.tieDetails;
	}

	/** Shows the organisation (or nothing, for null) and marks it and its paths. */
	void showOrganisation(String nodeId, Context context, Locale locale) {
		this.graph.setSelected(nodeId);
		this.table.select(nodeId);
		this.tieDetails.setVisible(false);
		if (nodeId == null || context.pathTo() == null) {
			this.graph
				.setHighlighted((context.dimmedEgo() != null) ? PathSection.idsOf(context.dimmedEgo()) : List.of());
		}
		if (nodeId == null) {
			this.details.setVisible(false);
			return;
		}
		this.network.organisation(NodeId.parse(nodeId)).ifPresentOrElse(found -> {
			this.details.show(found, locale);
			showPaths(nodeId, context, locale);
		}, () -> this.details.setVisible(false));
	}

	/** Shows the tie's evidence in place of the organisation's panel. */
	void showTie(String tieId, Locale locale) {
		this.details.setVisible(false);
		// Drawn highlighted: the tie's id is its element's id in the graph
		this.graph.setSelected(tieId);
		this.tieDetails.show(this.sources.tie(tieId), tieId, locale);
	}

	private void showPaths(String fromId, Context context, Locale locale) {
		List<GraphNode> others = context.shown().nodes().stream().filter(node -> !node.id().equals(fromId)).toList();
		var section = new PathSection(others, target -> this.choosePath.accept(fromId, target));
		List<CooperationPath> paths = (context.pathTo() != null) ? this.network.paths(context.filter(),
				NodeId.parse(fromId), NodeId.parse(context.pathTo()), PathSection.MAX_STEPS) : List.of();
		Map<String, Topic> topics = context.shown()
			.topics()
			.stream()
			.collect(Collectors.toMap(Topic::slug, topic -> topic));
		section.show(context.pathTo(), paths, topics, locale);
		this.details.add(section);
		if (context.pathTo() != null) {
			this.graph.setHighlighted(PathSection.idsOf(paths));
		}
	}

}
