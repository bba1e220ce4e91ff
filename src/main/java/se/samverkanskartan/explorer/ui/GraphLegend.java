package se.samverkanskartan.explorer.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import se.samverkanskartan.network.GraphSlice;
import se.samverkanskartan.network.NodeKind;
import se.samverkanskartan.network.Topic;

/** The key to the graph's colours: node kinds and the topics of the ties shown. */
class GraphLegend extends Div {

	GraphLegend() {
		addClassName("graph-legend");
		getStyle().set("position", "absolute")
			.set("left", "var(--lumo-space-s)")
			.set("bottom", "var(--lumo-space-s)")
			.set("background", "rgba(255,255,255,0.92)")
			.set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
			.set("border-radius", "var(--lumo-border-radius-m)")
			.set("box-shadow", "var(--lumo-box-shadow-xs)")
			.set("font-size", "var(--lumo-font-size-xs)")
			.set("max-width", "16em")
			.set("z-index", "1");
	}

	void show(GraphSlice slice, Locale locale, GraphOverlay overlay) {
		removeAll();
		if (overlay.clustersOn()) {
			add(heading(getTranslation("legend.clusters")));
			for (GraphOverlay.LegendEntry entry : overlay.legend()) {
				add(row("legend-swatch", entry.color(),
						getTranslation("legend.cluster", entry.name(), entry.members())));
			}
			add(row("legend-swatch", GraphOverlay.UNCLUSTERED, getTranslation("legend.unclustered")));
		}
		else {
			add(heading(getTranslation("legend.kinds")));
			for (NodeKind kind : NodeKind.values()) {
				if (slice.nodes().stream().anyMatch(node -> node.kind() == kind)) {
					add(row("legend-swatch", kind.color(), getTranslation("kind." + kind.slug())));
				}
			}
		}
		if (!slice.topics().isEmpty()) {
			add(heading(getTranslation("legend.topics")));
			for (Topic topic : slice.topics()) {
				add(row("legend-line", topic.color(), topic.name(locale)));
			}
		}
		add(row("legend-line legend-dashed", "#a8a29e", getTranslation("legend.membership")));
		if (!overlay.suggestions().isEmpty()) {
			add(row("legend-line legend-dashed", "#334155", getTranslation("legend.suggestion")));
		}
	}

	private static Div heading(String text) {
		var heading = new Div(text);
		heading.getStyle().set("font-weight", "600").set("margin-top", "var(--lumo-space-xs)");
		return heading;
	}

	private static Div row(String swatchClass, String color, String text) {
		var swatch = new Span();
		swatch.addClassNames(swatchClass.split(" "));
		swatch.getStyle().set("background-color", color);
		return new Div(swatch, new Span(text));
	}

}
