package se.samverkanskartan.suggestions.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.router.BeforeEnterEvent;

import se.samverkanskartan.infrastructure.UiLocale;
import se.samverkanskartan.network.GraphFilter;
import se.samverkanskartan.network.GraphNode;
import se.samverkanskartan.network.NetworkService;
import se.samverkanskartan.network.NodeKind;
import se.samverkanskartan.network.Topic;

/** The choosers the suggestion pages share. */
final class Pickers {

	private Pickers() {
	}

	/**
	 * Organisations that can have partners: every kind but forums; municipalities first,
	 * then districts, then actors, each by name, so that typing "Nynäshamn" offers the
	 * municipality before "Lokalpolisområde Haninge/Nynäshamn".
	 */
	static ComboBox<GraphNode> organisation(NetworkService network, String label) {
		var box = new ComboBox<GraphNode>(label);
		List<GraphNode> organisations = network.graph(GraphFilter.EVERYTHING)
			.nodes()
			.stream()
			.filter(node -> node.kind() != NodeKind.FORUM)
			.sorted(Comparator.comparing(GraphNode::kind).thenComparing(GraphNode::name))
			.toList();
		box.setItems(organisations);
		box.setItemLabelGenerator(node -> node.name() + " ("
				+ box.getTranslation("kind." + node.kind().slug()).toLowerCase(UiLocale.current()) + ")");
		box.setClearButtonVisible(true);
		box.setWidth("22rem");
		box.addClassName("organisation-picker");
		return box;
	}

	static ComboBox<Topic> topic(NetworkService network, String label) {
		var box = new ComboBox<Topic>(label);
		box.setItems(network.topics());
		box.setItemLabelGenerator(topic -> topic.name(UiLocale.current()));
		box.setPlaceholder(box.getTranslation("analysis.all-topics"));
		box.setClearButtonVisible(true);
		box.setWidth("22rem");
		box.addClassName("topic-picker");
		return box;
	}

	/**
	 * Sets the pickers from {@code ?organisation=<id>&topic=<slug>}.
	 * @return the parameters whose value is unknown; their pickers are left as they are
	 */
	static List<String> chooseFromQuery(BeforeEnterEvent event, ComboBox<GraphNode> organisation,
			ComboBox<Topic> topic) {
		Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
		List<String> unknown = new java.util.ArrayList<>();
		Optional<String> id = first(query, "organisation");
		organisation.setValue(id.flatMap(wanted -> organisation.getListDataView()
			.getItems()
			.filter(node -> node.id().equals(wanted))
			.findFirst()).orElse(null));
		if (id.isPresent() && organisation.getValue() == null) {
			unknown.add("organisation");
		}
		Optional<String> slug = first(query, "topic");
		topic.setValue(slug
			.flatMap(
					wanted -> topic.getListDataView().getItems().filter(item -> item.slug().equals(wanted)).findFirst())
			.orElse(null));
		if (slug.isPresent() && topic.getValue() == null) {
			unknown.add("topic");
		}
		return unknown;
	}

	/** The choices as the page's address, so that a list can be bookmarked and shared. */
	static Map<String, List<String>> toQuery(ComboBox<GraphNode> organisation, ComboBox<Topic> topic) {
		Map<String, List<String>> query = new java.util.LinkedHashMap<>();
		if (organisation.getValue() != null) {
			query.put("organisation", List.of(organisation.getValue().id()));
		}
		if (topic.getValue() != null) {
			query.put("topic", List.of(topic.getValue().slug()));
		}
		return query;
	}

	/**
	 * Goes to the view with the query unless it is there already (no history entry to
	 * repeat).
	 */
	static void go(Class<? extends com.vaadin.flow.component.Component> view, Map<String, List<String>> query) {
		var ui = com.vaadin.flow.component.UI.getCurrent();
		var next = new com.vaadin.flow.router.QueryParameters(query);
		if (!next.equals(ui.getActiveViewLocation().getQueryParameters())) {
			ui.navigate(view, next);
		}
	}

	/** A notice naming the address parameters whose value is not known. */
	static void warnUnknown(com.vaadin.flow.component.Component view, List<String> unknown) {
		if (!unknown.isEmpty()) {
			com.vaadin.flow.component.notification.Notification
				.show(view.getTranslation("suggestions.unknown-in-address", String.join(", ", unknown)), 8000,
						com.vaadin.flow.component.notification.Notification.Position.BOTTOM_START)
				.addThemeVariants(com.vaadin.flow.component.notification.NotificationVariant.LUMO_WARNING);
		}
	}

	private static Optional<String> first(Map<String, List<String>> query, String name) {
		return query.getOrDefault(name, List.of()).stream().findFirst();
	}

}
