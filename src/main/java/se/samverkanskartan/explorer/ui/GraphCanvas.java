package se.samverkanskartan.explorer.ui;

import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import se.samverkanskartan.network.CountyMap;
import se.samverkanskartan.network.GraphNode;
import se.samverkanskartan.network.GraphSlice;

/** The graph with its legend and counts laid over it. */
class GraphCanvas extends Div {

	private final NetworkGraph graph = new NetworkGraph();

	private final GraphLegend legend = new GraphLegend();

	private final Span summary = new Span();

	/** Shown by styles.css only while the browser hides a large graph's ties. */
	private final Span tiesHint = new Span();

	GraphCanvas() {
		this.graph.setSizeFull();
		this.graph.getElement().setAttribute("aria-label", getTranslation("graph.aria"));
		this.graph.getElement().setAttribute("data-roledescription", getTranslation("graph.roledescription"));
		this.summary.addClassName("graph-summary");
		this.tiesHint.addClassName("graph-ties-hint");
		this.summary.getStyle()
			.set("position", "absolute")
			.set("top", "var(--lumo-space-s)")
			.set("left", "var(--lumo-space-s)")
			.set("font-size", "var(--lumo-font-size-s)")
			.set("color", "var(--lumo-secondary-text-color)")
			.set("z-index", "1");
		add(this.graph, this.legend, this.summary);
		getStyle().set("position", "relative")
			.set("flex", "1 1 auto")
			.set("min-width", "0")
			.set("height", "100%")
			.set("overflow", "hidden");
	}

	/**
	 * The county's map under the geographic layout (elsewhere none), shaded by partners
	 * when asked, with its legend entries.
	 */
	void showMap(ViewChoices choices) {
		if (!"geographic".equals(choices.layout())) {
			this.graph.setMap(null);
			this.legend.showShading(null);
			return;
		}
		MapShading shading = choices.shade() ? MapShading.of(this.graph.getGraph()) : null;
		var areas = CountyMap.builtIn()
			.areas()
			.stream()
			.map(area -> new MapLayer.MapArea(area.code(), area.name(), area.svgPath(),
					(shading == null) ? null : shading.colorOf(area.code())))
			.toList();
		this.graph.setMap(new MapLayer(areas, CountyMap.builtIn().bounds(), getTranslation("map.attribution")));
		this.legend.showShading(shading);
	}

	java.util.List<se.samverkanskartan.exchange.ViewSnapshot.LegendItem> legendItems() {
		return this.legend.items();
	}

	NetworkGraph graph() {
		return this.graph;
	}

	void show(GraphSlice slice, Locale locale, GraphOverlay overlay, java.util.Map<String, double[]> positions) {
		this.graph.setGraph(GraphDataMapper.toGraphData(slice, locale, overlay, positions));
		this.legend.show(slice, locale, overlay);
		String text = getTranslation("graph.summary", slice.nodes().size(), slice.edges().size());
		if (!slice.hiddenHubs().isEmpty()) {
			text += " · " + getTranslation("graph.hidden-hubs",
					slice.hiddenHubs().stream().map(GraphNode::name).collect(Collectors.joining(", ")));
		}
		if (!overlay.changeOf().isEmpty()) {
			long added = overlay.changeOf().values().stream().filter(GraphOverlay.ADDED::equals).count();
			text += " · " + getTranslation("compare.counts", added, overlay.changeOf().size() - added);
		}
		this.summary.setText(text);
		this.tiesHint.setText(" · " + getTranslation("graph.ties-on-zoom"));
		this.summary.add(this.tiesHint);
	}

}
