package se.samverkanskartan.explorer.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import se.samverkanskartan.shell.MainLayout;

import se.samverkanskartan.analysis.ClusterRequest;
import se.samverkanskartan.exchange.SnapshotRenderer;
import se.samverkanskartan.network.CooperationPath;
import se.samverkanskartan.network.GraphFilter;
import se.samverkanskartan.network.GraphNode;
import se.samverkanskartan.network.GraphSlice;
import se.samverkanskartan.network.NetworkService;
import se.samverkanskartan.network.NodeId;
import se.samverkanskartan.network.SourceService;
import se.samverkanskartan.network.Topic;

/**
 * The start page: the network under the chosen filters, its legend, search, and side
 * panels for the selected node or tie. The view state lives in the URL.
 */
@Route(value = "", layout = MainLayout.class)
public class ExplorerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private final NetworkService network;

	private final SourceService sources;

	private final Set<String> topicSlugs;

	private final GraphCanvas canvas = new GraphCanvas();

	private final NetworkGraph graph = this.canvas.graph();

	private final FilterBar filters;

	private final NodeDetailsPanel details = new NodeDetailsPanel(this::select, () -> select(null));

	private final TieDetailsPanel tieDetails = new TieDetailsPanel(this::select, () -> select(null));

	private final ViewControls controls;

	private GraphFilter shownFilter;

	private String selected;

	private String layout = "fcose";

	private int ego;

	private boolean table;

	private final TableTwin tableTwin = new TableTwin(this::select);

	private GraphSlice shownSlice;

	private GraphSlice dimmedEgo;

	private String pathTo;

	private final OverlayBuilder overlays;

	private boolean clusters;

	private boolean suggest;

	private final SnapshotRenderer renderer;

	ExplorerView(NetworkService network, SourceService sources, OverlayBuilder overlays, SnapshotRenderer renderer) {
		this.network = network;
		this.sources = sources;
		this.overlays = overlays;
		this.renderer = renderer;
		setSizeFull();
		setSpacing(false);
		setPadding(false);
		List<Topic> topics = network.topics();
		List<GraphNode> everyone = network.graph(GraphFilter.EVERYTHING).nodes();
		this.topicSlugs = topics.stream().map(Topic::slug).collect(Collectors.toSet());
		this.filters = new FilterBar(topics, everyone, getLocale(), filter -> navigate(filter, this.selected));
		var search = new SearchField(everyone, found -> {
			navigate(this.shownFilter, found);
			this.graph.focus(found);
		});
		this.controls = new ViewControls(this.graph, choice -> {
			this.layout = choice.layout();
			this.ego = choice.ego();
			this.table = choice.table();
			this.clusters = choice.clusters();
			this.suggest = choice.suggest();
			navigate(this.shownFilter, this.selected);
		}, this::openExport);
		this.filters.addComponentAsFirst(search);
		this.filters.add(this.controls);

		this.graph.addNodeClickListener(event -> select(event.getNodeId()));
		this.graph.addEdgeClickListener(event -> {
			// Suggested ties have no evidence to show
			if (!event.getTieId().startsWith("suggestion:")) {
				go(ExplorerUrl.toQuery(this.shownFilter, null, this.layout, this.ego, this.table, null,
						event.getTieId()));
			}
		});
		this.graph.addBackgroundClickListener(event -> select(null));
		this.tableTwin.setVisible(false);
		var body = new HorizontalLayout(this.canvas, this.tableTwin, this.details, this.tieDetails);
		body.setWidthFull();
		body.setSpacing(false);
		body.getStyle().set("min-height", "0");
		add(this.filters, body);
		setFlexGrow(1, body);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		ExplorerUrl.State state = ExplorerUrl.fromQuery(event.getLocation().getQueryParameters(), this.topicSlugs);
		if (!state.problems().isEmpty()) {
			var warning = Notification.show(getTranslation("explorer.bad-url", String.join(", ", state.problems())),
					8000, Notification.Position.BOTTOM_CENTER);
			warning.addThemeVariants(NotificationVariant.LUMO_WARNING);
		}
		boolean egoChanged = state.ego() != this.ego
				|| (state.ego() > 0 && !java.util.Objects.equals(state.selected(), this.selected));
		boolean overlayChanged = state.clusters() != this.clusters || state.suggest() != this.suggest
				|| (state.suggest() && !java.util.Objects.equals(state.selected(), this.selected));
		this.clusters = state.clusters();
		this.suggest = state.suggest();
		this.layout = state.layout();
		this.ego = state.ego();
		this.table = state.table();
		this.pathTo = state.pathTo();
		this.controls.show(this.layout, this.ego, this.table, this.clusters, this.suggest);
		this.canvas.setVisible(!this.table);
		this.tableTwin.setVisible(this.table);
		this.graph.setLayout(this.layout);
		if (!state.filter().equals(this.shownFilter) || egoChanged || overlayChanged) {
			this.shownFilter = state.filter();
			this.filters.show(state.filter());
			GraphSlice slice = this.network.graph(state.filter());
			show((this.ego > 0 && state.selected() != null) ? slice.around(state.selected(), this.ego) : slice,
					state.selected());
			this.dimmedEgo = (this.ego < 0 && state.selected() != null) ? slice.around(state.selected(), -this.ego)
					: null;
		}
		showSelection(state.selected());
		if (state.tie() != null) {
			selectTie(state.tie());
		}
	}

	private void show(GraphSlice slice, String selectedId) {
		Locale locale = getLocale();
		this.shownSlice = slice;
		this.canvas.show(slice, locale, this.overlays.build(slice, this.shownFilter, this.clusters, this.suggest,
				selectedId, locale, getTranslation("legend.suggestion")));
		this.tableTwin.show(slice);
	}

	private void navigate(GraphFilter filter, String nodeId) {
		go(ExplorerUrl.toQuery(filter, nodeId, this.layout, this.ego, this.table,
				java.util.Objects.equals(nodeId, this.selected) ? this.pathTo : null));
	}

	/** Navigates to the view state, keeping the overlays that are on. */
	private void go(com.vaadin.flow.router.QueryParameters query) {
		UI.getCurrent().navigate(ExplorerView.class, ExplorerUrl.withOverlays(query, this.clusters, this.suggest));
	}

	private void select(String nodeId) {
		navigate(this.shownFilter, nodeId);
	}

	private void showSelection(String nodeId) {
		this.selected = nodeId;
		this.graph.setSelected(nodeId);
		this.tableTwin.select(nodeId);
		this.tieDetails.setVisible(false);
		if (nodeId == null || this.pathTo == null) {
			this.graph.setHighlighted((this.dimmedEgo != null) ? PathSection.idsOf(this.dimmedEgo) : List.of());
		}
		if (nodeId == null) {
			this.details.setVisible(false);
			return;
		}
		this.network.organisation(NodeId.parse(nodeId)).ifPresentOrElse(found -> {
			this.details.show(found, getLocale());
			showPaths(nodeId);
		}, () -> this.details.setVisible(false));
	}

	private void showPaths(String fromId) {
		List<GraphNode> others = this.shownSlice.nodes().stream().filter(node -> !node.id().equals(fromId)).toList();
		var section = new PathSection(others, target -> {
			this.pathTo = target;
			go(ExplorerUrl.toQuery(this.shownFilter, fromId, this.layout, this.ego, this.table, target));
		});
		List<CooperationPath> paths = (this.pathTo != null) ? this.network.paths(this.shownFilter, NodeId.parse(fromId),
				NodeId.parse(this.pathTo), PathSection.MAX_STEPS) : List.of();
		Map<String, Topic> topics = this.shownSlice.topics()
			.stream()
			.collect(Collectors.toMap(Topic::slug, topic -> topic));
		section.show(this.pathTo, paths, topics, getLocale());
		this.details.add(section);
		if (this.pathTo != null) {
			this.graph.setHighlighted(PathSection.idsOf(paths));
		}
	}

	private void selectTie(String tieId) {
		this.details.setVisible(false);
		this.tieDetails.show(this.sources.tie(tieId), tieId, getLocale());
	}

	private void openExport() {
		String provenance = getTranslation("export.provenance") + (this.clusters
				? " · " + getTranslation("export.provenance-clusters", String.valueOf(ClusterRequest.DEFAULT_SEED))
				: "");
		new ExportDialog(this.renderer, this.canvas, getTranslation("export.default-title"), this.filters.describe(),
				provenance)
			.open();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("app.title");
	}

}
