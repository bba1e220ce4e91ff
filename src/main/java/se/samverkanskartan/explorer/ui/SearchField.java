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
		// Enter with no hit highlighted: the combo box itself would only clear the text,
		// so
		// the first hit is chosen here (captured before the combo box handles the key)
		addAttachListener(attach -> getElement().executeJs("""
				this.addEventListener('keydown', (event) => {
				  if (event.key === 'Enter' && !(this._focusedIndex >= 0) && this.filter) {
				    this.dispatchEvent(new CustomEvent('search-enter', { detail: this.filter }));
				  }
				}, true);"""));
		getElement().addEventListener("search-enter", event -> {
			String text = event.getEventData().get("event.detail").asString();
			firstMatch(nodes, text).ifPresent(node -> {
				setValue(node);
				setOpened(false);
				onFound.accept(node.id());
			});
		}).addEventData("event.detail");
	}

	/** The first node the combo box would list for this text. */
	static java.util.Optional<GraphNode> firstMatch(List<GraphNode> nodes, String text) {
		String wanted = normalise(text);
		return nodes.stream().filter(node -> normalise(node.name()).contains(wanted)).findFirst();
	}

	static String normalise(String text) {
		return se.samverkanskartan.network.Names.normalise(text);
	}

}
