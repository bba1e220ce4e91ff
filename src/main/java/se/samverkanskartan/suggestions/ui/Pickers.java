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

	/** Organisations that can have partners: every kind but forums, by name. */
	static ComboBox<GraphNode> organisation(NetworkService network, String label) {
		var box = new ComboBox<GraphNode>(label);
		List<GraphNode> organisations = network.graph(GraphFilter.EVERYTHING)
			.nodes()
			.stream()
			.filter(node -> node.kind() != NodeKind.FORUM)
			.sorted(Comparator.comparing(GraphNode::name))
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
	 * Sets the pickers from {@code ?organisation=<id>&topic=<slug>}; unknown values leave
	 * them as they are.
	 */
	static void chooseFromQuery(BeforeEnterEvent event, ComboBox<GraphNode> organisation, ComboBox<Topic> topic) {
		Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
		first(query, "organisation").ifPresent(id -> organisation.getListDataView()
			.getItems()
			.filter(node -> node.id().equals(id))
			.findFirst()
			.ifPresent(organisation::setValue));
		first(query, "topic").ifPresent(slug -> topic.getListDataView()
			.getItems()
			.filter(item -> item.slug().equals(slug))
			.findFirst()
			.ifPresent(topic::setValue));
	}

	private static Optional<String> first(Map<String, List<String>> query, String name) {
		return query.getOrDefault(name, List.of()).stream().findFirst();
	}

}
