package se.samverkanskartan.explorer.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import se.samverkanskartan.exchange.ViewSnapshot;
import se.samverkanskartan.exchange.ViewSnapshot.Mark;
import se.samverkanskartan.network.GraphSlice;
import se.samverkanskartan.network.NodeKind;

/**
 * The key to the graph's colours: node kinds and the topics of the ties shown. It folds
 * to its title (click or Enter on it), keeps to part of the graph's height and wraps long
 * names rather than cutting them.
 */
class GraphLegend extends Div {

	/**
	 * Contradictory ties: the red of their underlay on screen, their colour in pictures.
	 */
	static final String CONTRADICTORY = "#dc2626";

	/** The colours of compared ties; network-graph-style.ts uses the same. */
	static final String COMPARE_ADDED = "#000000";

	static final String COMPARE_ENDED = "#000000";

	/** Below this window width (CSS pixels) the legend starts folded. */
	static final int NARROW = 900;

	/** The entries, inside the part that folds. */
	private final Div entries = new Div();

	private final Details fold = new Details();

	GraphLegend() {
		addClassName("graph-legend");
		this.fold.setSummaryText(getTranslation("legend.title"));
		this.fold.add(this.entries);
		this.fold.setOpened(true);
		this.fold.addClassName("graph-legend-fold");
		add(this.fold);
		// In a narrow window the open legend would cover much of the graph: it starts
		// folded
		addAttachListener(event -> event.getUI()
			.getPage()
			.retrieveExtendedClientDetails(window -> this.fold.setOpened(window.getWindowInnerWidth() >= NARROW)));
		getStyle().set("position", "absolute")
			.set("left", "var(--lumo-space-s)")
			.set("bottom", "var(--lumo-space-s)")
			.set("background", "rgba(255,255,255,0.92)")
			.set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
			.set("border-radius", "var(--lumo-border-radius-m)")
			.set("box-shadow", "var(--lumo-box-shadow-xs)")
			.set("font-size", "var(--lumo-font-size-xs)")
			.set("max-width", "16em")
			.set("overflow-wrap", "anywhere")
			.set("z-index", "1");
	}

	private List<ViewSnapshot.LegendItem> items = List.of();

	/** The entries as last shown, for exports of the same picture. */
	List<ViewSnapshot.LegendItem> items() {
		return this.items;
	}

	/** The entries of the graph; the map's shading follows them. */
	private List<ViewSnapshot.LegendItem> graphItems = List.of();

	private List<ViewSnapshot.LegendItem> shadingItems = List.of();

	/** The map's shading classes, or none when the map is not shaded. */
	void showShading(MapShading shading) {
		List<ViewSnapshot.LegendItem> entries = new ArrayList<>();
		if (shading != null) {
			entries.add(item(getTranslation("map.shade-legend"), "", Mark.HEADING));
			entries.add(item(getTranslation("map.shade-none"), MapShading.NONE, Mark.AREA));
			shading.steps()
				.forEach(
						step -> entries.add(item(
								(step.from() == step.to()) ? String.valueOf(step.from())
										: getTranslation("map.shade-range", step.from(), step.to()),
								step.color(), Mark.AREA)));
		}
		if (!entries.equals(this.shadingItems)) {
			this.shadingItems = List.copyOf(entries);
			render();
		}
	}

	void show(GraphSlice slice, Locale locale, GraphOverlay overlay) {
		List<ViewSnapshot.LegendItem> entries = new ArrayList<>();
		if (overlay.clustersOn()) {
			entries.add(item(getTranslation("legend.clusters"), "", Mark.HEADING));
			overlay.legend()
				.forEach(entry -> entries.add(item(getTranslation("legend.cluster", entry.name(), entry.members()),
						entry.color(), Mark.SWATCH)));
			entries.add(item(getTranslation("legend.unclustered"), GraphOverlay.UNCLUSTERED, Mark.SWATCH));
		}
		else {
			entries.add(item(getTranslation("legend.kinds"), "", Mark.HEADING));
			for (NodeKind kind : NodeKind.values()) {
				if (slice.nodes().stream().anyMatch(node -> node.kind() == kind)) {
					entries.add(item(getTranslation("kind." + kind.slug()), kind.color(), Mark.SWATCH));
				}
			}
		}
		if (!slice.topics().isEmpty()) {
			entries.add(item(getTranslation("legend.topics"), "", Mark.HEADING));
			slice.topics().forEach(topic -> entries.add(item(topic.name(locale), topic.color(), Mark.LINE)));
		}
		entries.add(item(getTranslation("legend.membership"), "#a8a29e", Mark.DASHED));
		var confirmations = new java.util.HashSet<>(overlay.confirmationOf().values());
		if (!confirmations.isEmpty()) {
			entries.add(item(getTranslation("legend.confirmation"), "", Mark.HEADING));
			entries.add(item(getTranslation("review.confirmation.both"), "#475569", Mark.LINE));
			entries.add(item(getTranslation("legend.one-side"), "#475569", Mark.DASHED));
			if (confirmations.contains(se.samverkanskartan.review.Confirmation.CONTRADICTORY)) {
				entries.add(item(getTranslation("legend.contradictory"), CONTRADICTORY, Mark.DASHED));
			}
		}
		if (!overlay.changeOf().isEmpty()) {
			entries.add(item(getTranslation("compare.added"), COMPARE_ADDED, Mark.LINE));
			entries.add(item(getTranslation("compare.ended"), COMPARE_ENDED, Mark.DASHED));
		}
		if (!overlay.suggestions().isEmpty()) {
			entries.add(item(getTranslation("legend.suggestion"), "#334155", Mark.DASHED));
		}
		this.graphItems = List.copyOf(entries);
		render();
	}

	private void render() {
		List<ViewSnapshot.LegendItem> all = new ArrayList<>(this.graphItems);
		all.addAll(this.shadingItems);
		this.items = List.copyOf(all);
		this.entries.removeAll();
		for (ViewSnapshot.LegendItem entry : this.items) {
			this.entries.add(switch (entry.mark()) {
				case HEADING -> heading(entry.label());
				case SWATCH -> row("legend-swatch", entry.color(), entry.label());
				case AREA -> row("legend-swatch legend-area", entry.color(), entry.label());
				case LINE -> row("legend-line", entry.color(), entry.label());
				case DASHED -> row("legend-line legend-dashed", entry.color(), entry.label());
			});
		}
	}

	private static ViewSnapshot.LegendItem item(String label, String color, Mark mark) {
		return new ViewSnapshot.LegendItem(label, color, mark);
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
