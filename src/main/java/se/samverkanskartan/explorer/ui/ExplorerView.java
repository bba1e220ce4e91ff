package se.samverkanskartan.explorer.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import se.samverkanskartan.network.GraphFilter;
import se.samverkanskartan.network.GraphSlice;
import se.samverkanskartan.network.NetworkService;
import se.samverkanskartan.network.NodeId;
import se.samverkanskartan.network.SourceService;

/**
 * The start page: the whole network, its legend, and a side panel for the selected node.
 */
@Route(value = "", layout = MainLayout.class)
public class ExplorerView extends HorizontalLayout implements HasDynamicTitle {

	private final NetworkService network;

	private final NetworkGraph graph = new NetworkGraph();

	private final GraphLegend legend = new GraphLegend();

	private final Span summary = new Span();

	private final NodeDetailsPanel details = new NodeDetailsPanel(this::select, () -> select(null));

	private final TieDetailsPanel tieDetails = new TieDetailsPanel(this::select, () -> select(null));

	private final SourceService sources;

	ExplorerView(NetworkService network, SourceService sources) {
		this.network = network;
		this.sources = sources;
		setSizeFull();
		setSpacing(false);
		setPadding(false);

		this.graph.setSizeFull();
		this.graph.getElement().setAttribute("aria-label", getTranslation("graph.aria"));
		this.graph.addNodeClickListener(event -> select(event.getNodeId()));
		this.graph.addEdgeClickListener(event -> selectTie(event.getTieId()));
		this.graph.addBackgroundClickListener(event -> select(null));

		this.summary.addClassName("graph-summary");
		this.summary.getStyle()
			.set("position", "absolute")
			.set("top", "var(--lumo-space-s)")
			.set("left", "var(--lumo-space-s)")
			.set("font-size", "var(--lumo-font-size-s)")
			.set("color", "var(--lumo-secondary-text-color)")
			.set("z-index", "1");

		var canvas = new Div(this.graph, this.legend, this.summary);
		canvas.getStyle()
			.set("position", "relative")
			.set("flex", "1 1 auto")
			.set("min-width", "0")
			.set("height", "100%")
			.set("overflow", "hidden");
		add(canvas, this.details, this.tieDetails);
		show(this.network.graph(GraphFilter.EVERYTHING));
	}

	private void show(GraphSlice slice) {
		Locale locale = getLocale();
		this.graph.setGraph(GraphDataMapper.toGraphData(slice, locale));
		this.legend.show(slice, locale);
		this.summary.setText(getTranslation("graph.summary", slice.nodes().size(), slice.edges().size()));
	}

	private void selectTie(String tieId) {
		this.details.setVisible(false);
		this.sources.tie(tieId)
			.ifPresentOrElse(found -> this.tieDetails.show(found, getLocale()),
					() -> this.tieDetails.setVisible(false));
	}

	private void select(String nodeId) {
		this.graph.setSelected(nodeId);
		this.tieDetails.setVisible(false);
		if (nodeId == null) {
			this.details.setVisible(false);
			return;
		}
		this.network.organisation(NodeId.parse(nodeId))
			.ifPresentOrElse(found -> this.details.show(found, getLocale()), () -> this.details.setVisible(false));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("app.title");
	}

}
