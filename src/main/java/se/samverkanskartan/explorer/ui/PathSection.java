package se.samverkanskartan.explorer.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import se.samverkanskartan.network.CooperationPath;
import se.samverkanskartan.network.EdgeKind;
import se.samverkanskartan.network.GraphEdge;
import se.samverkanskartan.network.GraphNode;
import se.samverkanskartan.network.Topic;

/** "Väg till": the shortest chains of ties from the selected organisation to another. */
class PathSection extends Div {

	static final int MAX_STEPS = 4;

	private final ComboBox<GraphNode> target = new ComboBox<>();

	private final Div results = new Div();

	PathSection(List<GraphNode> candidates, Consumer<String> onTarget) {
		addClassName("path-section");
		var heading = new H3(getTranslation("path.title"));
		heading.getStyle().set("font-size", "var(--lumo-font-size-m)").set("margin", "var(--lumo-space-m) 0 0");
		this.target.setItems((node, text) -> SearchField.normalise(node.name()).contains(SearchField.normalise(text)),
				candidates);
		this.target.setItemLabelGenerator(GraphNode::name);
		this.target.setPlaceholder(getTranslation("path.placeholder"));
		this.target.setAriaLabel(getTranslation("path.title"));
		this.target.setClearButtonVisible(true);
		this.target.setWidthFull();
		this.target.addValueChangeListener(event -> {
			if (event.isFromClient()) {
				onTarget.accept(event.getValue() != null ? event.getValue().id() : null);
			}
		});
		add(heading, this.target, this.results);
	}

	void show(String targetId, List<CooperationPath> paths, Map<String, Topic> topics, Locale locale) {
		this.target.setValue(this.target.getListDataView()
			.getItems()
			.filter(node -> node.id().equals(targetId))
			.findFirst()
			.orElse(null));
		this.results.removeAll();
		if (targetId == null) {
			return;
		}
		if (paths.isEmpty()) {
			this.results.add(new Paragraph(getTranslation("path.none", MAX_STEPS)));
			return;
		}
		this.results.add(new Paragraph(getTranslation("path.found", paths.size(), paths.getFirst().steps().size())));
		for (CooperationPath path : paths) {
			var steps = new OrderedList();
			steps.addClassName("path");
			for (int i = 0; i < path.steps().size(); i++) {
				steps.add(step(path.stops().get(i), path.stops().get(i + 1), path.steps().get(i), topics, locale));
			}
			this.results.add(steps);
		}
	}

	/** The node and tie ids along the paths, to mark them in the graph. */
	static List<String> idsOf(List<CooperationPath> paths) {
		List<String> ids = new java.util.ArrayList<>();
		for (CooperationPath path : paths) {
			path.stops().forEach(stop -> ids.add(stop.id()));
			path.steps().forEach(step -> ids.add(step.id()));
		}
		return ids;
	}

	/** The node and tie ids of a slice, e.g. a dimmed ego network. */
	static List<String> idsOf(se.samverkanskartan.network.GraphSlice slice) {
		List<String> ids = new java.util.ArrayList<>();
		slice.nodes().forEach(node -> ids.add(node.id()));
		slice.edges().forEach(edge -> ids.add(edge.id()));
		return ids;
	}

	private ListItem step(GraphNode from, GraphNode to, GraphEdge edge, Map<String, Topic> topics, Locale locale) {
		Topic topic = (edge.topic() != null) ? topics.get(edge.topic()) : null;
		String how = (edge.kind() == EdgeKind.COOPERATES_WITH && topic != null) ? topic.name(locale)
				: getTranslation("tie.kind." + edge.kind().name());
		var item = new ListItem(new Span(from.name() + " → " + to.name() + " (" + how + ")"));
		item.add(new Span(" · "), SourcesView.linkToTie(getTranslation("panel.evidence"), edge.id(),
				getTranslation("panel.evidence-of", from.name(), to.name())));
		return item;
	}

}
