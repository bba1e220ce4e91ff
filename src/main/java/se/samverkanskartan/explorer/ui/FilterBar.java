package se.samverkanskartan.explorer.ui;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

import se.samverkanskartan.network.GraphFilter;
import se.samverkanskartan.network.GraphNode;
import se.samverkanskartan.network.NodeKind;
import se.samverkanskartan.network.Topic;

/**
 * The explorer's filters; every change is reported as a whole new {@link GraphFilter}.
 */
class FilterBar extends FlexLayout {

	private static final List<String> CONFIDENCES = List.of("explicit", "collective", "inferred");

	private final MultiSelectComboBox<Topic> topics = new MultiSelectComboBox<>();

	private final MultiSelectComboBox<NodeKind> kinds = new MultiSelectComboBox<>();

	private final MultiSelectComboBox<String> actorTypes = new MultiSelectComboBox<>();

	private final MultiSelectComboBox<GraphNode> forums = new MultiSelectComboBox<>();

	private final MultiSelectComboBox<GraphNode> municipalities = new MultiSelectComboBox<>();

	private final MultiSelectComboBox<String> confidences = new MultiSelectComboBox<>();

	private final Checkbox hideHubs = new Checkbox();

	private final com.vaadin.flow.component.datepicker.DatePicker asOf = new com.vaadin.flow.component.datepicker.DatePicker();

	private final com.vaadin.flow.component.datepicker.DatePicker compare = new com.vaadin.flow.component.datepicker.DatePicker();

	private boolean showing;

	/** Reports a new day to compare with (null: no comparison). */
	void onCompare(Consumer<java.time.LocalDate> listener) {
		this.compare.addValueChangeListener(event -> {
			if (!this.showing) {
				listener.accept(event.getValue());
			}
		});
	}

	/** Shows the day compared with, without reporting it as a change. */
	void showCompare(java.time.LocalDate day) {
		this.showing = true;
		this.compare.setValue(day);
		this.showing = false;
	}

	FilterBar(List<Topic> allTopics, List<GraphNode> allNodes, Locale locale, Consumer<GraphFilter> onChange) {
		setWidthFull();
		getStyle().set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
			.set("box-sizing", "border-box")
			.set("flex", "0 0 auto");
		addClassName("filter-bar");
		setFlexWrap(FlexWrap.WRAP);
		setAlignItems(Alignment.CENTER);
		getStyle().set("gap", "var(--lumo-space-s)");
		setUp(this.topics, "filter.topic", allTopics, topic -> topic.name(locale));
		setUp(this.kinds, "filter.kind", List.of(NodeKind.values()), kind -> getTranslation("kind." + kind.slug()));
		setUp(this.actorTypes, "filter.actor-type",
				allNodes.stream().map(GraphNode::actorType).filter(type -> type != null).distinct().sorted().toList(),
				type -> getTranslation("actor-type." + type));
		setUp(this.forums, "filter.forum", nodesOf(allNodes, NodeKind.FORUM), GraphNode::name);
		setUp(this.municipalities, "filter.municipality", nodesOf(allNodes, NodeKind.MUNICIPALITY), GraphNode::name);
		setUp(this.confidences, "filter.confidence", CONFIDENCES, value -> getTranslation("confidence." + value));
		this.hideHubs.setLabel(getTranslation("filter.hide-hubs", GraphFilter.HUB_DEGREE));
		this.hideHubs.addClassName("hide-hubs");
		// Beside it, not below: below it would cover the view choices of the next row
		this.hideHubs.setTooltipText(getTranslation("help.term.nav.text"))
			.setPosition(com.vaadin.flow.component.shared.Tooltip.TooltipPosition.END);
		this.asOf.setPlaceholder(getTranslation("filter.as-of"));
		this.asOf.setAriaLabel(getTranslation("filter.as-of"));
		this.asOf.setTooltipText(getTranslation("filter.as-of-help"));
		this.asOf.setClearButtonVisible(true);
		this.asOf.setWidth("11rem");
		this.asOf.addClassName("as-of");
		this.asOf.addValueChangeListener(event -> fire(onChange));
		this.compare.setPlaceholder(getTranslation("filter.compare"));
		this.compare.setAriaLabel(getTranslation("filter.compare"));
		this.compare.setTooltipText(getTranslation("filter.compare-help"));
		this.compare.setClearButtonVisible(true);
		this.compare.setWidth("11rem");
		this.compare.addClassName("compare");
		add(this.topics, this.kinds, this.actorTypes, this.forums, this.municipalities, this.confidences, this.asOf,
				this.compare, this.hideHubs);
		this.topics.addValueChangeListener(event -> fire(onChange));
		this.kinds.addValueChangeListener(event -> fire(onChange));
		this.actorTypes.addValueChangeListener(event -> fire(onChange));
		this.forums.addValueChangeListener(event -> fire(onChange));
		this.municipalities.addValueChangeListener(event -> fire(onChange));
		this.confidences.addValueChangeListener(event -> fire(onChange));
		this.hideHubs.addValueChangeListener(event -> fire(onChange));
	}

	/** Shows a filter, e.g. one read from the URL, without reporting it as a change. */
	void show(GraphFilter filter) {
		this.showing = true;
		this.topics.setValue(select(this.topics, topic -> filter.topics().contains(topic.slug())));
		this.kinds.setValue(filter.kinds());
		this.actorTypes.setValue(filter.actorTypes());
		this.forums.setValue(select(this.forums, node -> filter.forums().contains(node.id())));
		this.municipalities.setValue(select(this.municipalities, node -> filter.municipalities().contains(node.id())));
		this.confidences.setValue(filter.confidences());
		this.hideHubs.setValue(filter.hideHubs());
		this.asOf.setValue(filter.asOf());
		this.showing = false;
	}

	GraphFilter filter() {
		return new GraphFilter(this.kinds.getValue(), ids(this.topics.getValue(), Topic::slug), Set.of(),
				this.actorTypes.getValue(), ids(this.forums.getValue(), GraphNode::id),
				ids(this.municipalities.getValue(), GraphNode::id), this.confidences.getValue(),
				this.hideHubs.getValue(), this.asOf.getValue());
	}

	private void fire(Consumer<GraphFilter> onChange) {
		if (!this.showing) {
			onChange.accept(filter());
		}
	}

	private <T> void setUp(MultiSelectComboBox<T> box, String labelKey, List<T> items, Function<T, String> label) {
		// Placeholder and accessible name instead of a visible label keep the bar one row
		// high
		box.setPlaceholder(getTranslation(labelKey));
		box.setAriaLabel(getTranslation(labelKey));
		box.setTooltipText(getTranslation(labelKey + "-help"));
		box.setItems(items);
		box.setItemLabelGenerator(label::apply);
		box.setClearButtonVisible(true);
		box.setWidth("11rem");
		box.addClassName("filter-" + labelKey.substring("filter.".length()));
	}

	private static <T> Set<T> select(MultiSelectComboBox<T> box, java.util.function.Predicate<T> wanted) {
		return box.getListDataView().getItems().filter(wanted).collect(Collectors.toSet());
	}

	private static <T> Set<String> ids(Collection<T> items, Function<T, String> id) {
		return items.stream().map(id).collect(Collectors.toSet());
	}

	private static List<GraphNode> nodesOf(List<GraphNode> nodes, NodeKind kind) {
		return nodes.stream().filter(node -> node.kind() == kind).toList();
	}

	/** The filters as shown, in one line for exports: "Tema: Unga · Typ: Kommun". */
	String describe() {
		List<String> parts = new java.util.ArrayList<>();
		for (MultiSelectComboBox<?> box : List.of(this.topics, this.kinds, this.actorTypes, this.forums,
				this.municipalities, this.confidences)) {
			if (!box.getValue().isEmpty()) {
				parts.add(box.getPlaceholder() + ": " + labels(box));
			}
		}
		if (this.asOf.getValue() != null) {
			parts.add(getTranslation("export.as-of", this.asOf.getValue().toString()));
		}
		if (this.compare.getValue() != null) {
			parts.add(getTranslation("export.compare", this.compare.getValue().toString()));
		}
		if (this.hideHubs.getValue()) {
			parts.add(getTranslation("export.hubs-hidden"));
		}
		return parts.isEmpty() ? getTranslation("export.no-filters") : String.join(" · ", parts);
	}

	private static <T> String labels(MultiSelectComboBox<T> box) {
		return box.getValue()
			.stream()
			.map(box.getItemLabelGenerator())
			.sorted()
			.collect(java.util.stream.Collectors.joining(", "));
	}

}
