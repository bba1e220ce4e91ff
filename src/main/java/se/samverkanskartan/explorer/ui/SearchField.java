package se.samverkanskartan.explorer.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;

import se.samverkanskartan.network.GraphNode;

/**
 * Finds an organisation or forum by name, blind to case, diacritics and hyphens:
 * "osteraker" finds Österåker and "upplands vasby" finds Upplands Väsby.
 */
class SearchField extends ComboBox<GraphNode> {

	SearchField(List<GraphNode> nodes, Consumer<String> onFound) {
		addClassName("graph-search");
		setPlaceholder(getTranslation("search.placeholder"));
		setAriaLabel(getTranslation("search.label"));
		setPrefixComponent(VaadinIcon.SEARCH.create());
		setWidth("18rem");
		setItems((node, text) -> normalise(node.name()).contains(normalise(text)), nodes);
		setItemLabelGenerator(GraphNode::name);
		addValueChangeListener(event -> {
			if (event.isFromClient() && event.getValue() != null) {
				onFound.accept(event.getValue().id());
			}
		});
	}

	static String normalise(String text) {
		return se.samverkanskartan.network.Names.normalise(text);
	}

}
