package se.samverkanskartan.explorer.ui;

import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import se.samverkanskartan.network.GraphEdge;
import se.samverkanskartan.network.GraphNode;
import se.samverkanskartan.network.GraphSlice;
import se.samverkanskartan.network.Topic;

/**
 * The graph's twin as two sortable, filterable grids: the organisations and their ties.
 */
class TableTwin extends VerticalLayout {

	private final Grid<GraphNode> organisations = new Grid<>(GraphNode.class, false);

	private final Grid<GraphEdge> ties = new Grid<>(GraphEdge.class, false);

	/**
	 * Enter on a body row makes it the grid's active item, which single selection
	 * follows.
	 */
	private static final String ENTER_SELECTS = """
			this.addEventListener('keydown', (event) => {
			  const row = event.key === 'Enter' && event.composedPath().find((node) => node.localName === 'tr');
			  if (row && row.parentElement && row.parentElement.id === 'items' && row._item) {
			    this.activeItem = row._item;
			  }
			});""";

	private final TextField organisationFilter = new TextField();

	private Map<String, String> names = Map.of();

	private Map<String, Topic> topics = Map.of();

	private boolean showing;

	private com.vaadin.flow.component.grid.dataview.GridListDataView<GraphNode> organisationView;

	private com.vaadin.flow.component.grid.dataview.GridListDataView<GraphEdge> tieView;

	TableTwin(Consumer<String> onSelect) {
		addClassName("table-twin");
		setSizeFull();
		this.organisationFilter.setPlaceholder(getTranslation("table.filter"));
		this.organisationFilter.setAriaLabel(getTranslation("table.filter"));
		this.organisationFilter.setValueChangeMode(ValueChangeMode.LAZY);
		this.organisationFilter.setClearButtonVisible(true);
		this.organisationFilter.addValueChangeListener(event -> applyFilter(event.getValue()));
		this.organisations.addColumn(GraphNode::name).setHeader(getTranslation("table.name")).setSortable(true);
		this.organisations.addColumn(node -> getTranslation("kind." + node.kind().slug()))
			.setHeader(getTranslation("table.kind"))
			.setSortable(true);
		this.organisations
			.addColumn(node -> (node.actorType() != null) ? getTranslation("actor-type." + node.actorType()) : "")
			.setHeader(getTranslation("filter.actor-type"))
			.setSortable(true);
		this.organisations.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
		this.organisations.setAriaLabel(getTranslation("table.organisations"));
		// Enter on a row chooses it, as a click does (the grid itself only selects with
		// Space)
		this.organisations.getElement().executeJs(ENTER_SELECTS);
		this.organisations.asSingleSelect().addValueChangeListener(event -> {
			if (!this.showing && event.getValue() != null) {
				onSelect.accept(event.getValue().id());
			}
		});
		this.ties.addColumn(edge -> name(edge.source())).setHeader(getTranslation("table.from")).setSortable(true);
		this.ties.addColumn(edge -> name(edge.target())).setHeader(getTranslation("table.to")).setSortable(true);
		this.ties.addColumn(edge -> getTranslation("tie.kind." + edge.kind().name()))
			.setHeader(getTranslation("table.tie"))
			.setSortable(true);
		this.ties.addColumn(edge -> topicName(edge, getLocale()))
			.setHeader(getTranslation("sources.topic"))
			.setSortable(true);
		this.ties
			.addColumn(edge -> (edge.confidence() != null) ? getTranslation("confidence." + edge.confidence()) : "")
			.setHeader(getTranslation("sources.confidence"))
			.setSortable(true);
		this.ties.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
		this.ties.setAriaLabel(getTranslation("table.ties"));
		add(this.organisationFilter, this.organisations, new H3(getTranslation("table.ties")), this.ties);
		setFlexGrow(1, this.organisations, this.ties);
	}

	void show(GraphSlice slice) {
		this.names = slice.nodes().stream().collect(Collectors.toMap(GraphNode::id, GraphNode::name));
		this.topics = slice.topics().stream().collect(Collectors.toMap(Topic::slug, Function.identity()));
		this.organisationView = this.organisations.setItems(slice.nodes());
		this.tieView = this.ties.setItems(slice.edges());
		applyFilter(this.organisationFilter.getValue());
	}

	private void applyFilter(String value) {
		String text = SearchField.normalise(value);
		if (this.organisationView != null && text.isEmpty()) {
			// Each page load shows the graph with an empty filter; matching every row
			// costs time
			this.organisationView.removeFilters();
			this.tieView.removeFilters();
		}
		else if (this.organisationView != null) {
			this.organisationView.setFilter(node -> SearchField.normalise(node.name()).contains(text));
			this.tieView.setFilter(
					edge -> SearchField.normalise(name(edge.source()) + " " + name(edge.target())).contains(text));
		}
	}

	void select(String nodeId) {
		this.showing = true;
		GraphNode row = this.organisations.getListDataView()
			.getItems()
			.filter(node -> node.id().equals(nodeId))
			.findFirst()
			.orElse(null);
		this.organisations.asSingleSelect().setValue(row);
		if (row != null) {
			this.organisations.scrollToItem(row);
		}
		this.showing = false;
	}

	private String name(String nodeId) {
		return this.names.getOrDefault(nodeId, nodeId);
	}

	private String topicName(GraphEdge edge, Locale locale) {
		Topic topic = (edge.topic() != null) ? this.topics.get(edge.topic()) : null;
		return (topic != null) ? topic.name(locale) : "";
	}

}
