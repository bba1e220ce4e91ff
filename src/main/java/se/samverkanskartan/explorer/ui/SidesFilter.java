package se.samverkanskartan.explorer.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.select.Select;

import se.samverkanskartan.network.EdgeKind;
import se.samverkanskartan.network.GraphEdge;
import se.samverkanskartan.network.GraphSlice;
import se.samverkanskartan.review.Confirmation;
import se.samverkanskartan.review.TieConfirmations;

/**
 * "Båda parters bild": only the cooperation ties confirmed by both, named by one side, or
 * contradictory in the latest survey round (other ties stay). Shown once a round has
 * answers; the choice is in the address ({@code sides=}).
 */
class SidesFilter extends Select<String> {

	private boolean showing;

	SidesFilter(Consumer<String> onChange) {
		setItems(ViewChoices.SIDES);
		setEmptySelectionAllowed(true);
		setEmptySelectionCaption(getTranslation("filter.sides-all"));
		setItemLabelGenerator(item -> (item == null) ? getTranslation("filter.sides-all")
				: getTranslation("review.confirmation." + item));
		setAriaLabel(getTranslation("filter.sides"));
		setTooltipText(getTranslation("filter.sides-help"));
		setWidth("14rem");
		addClassName("sides-filter");
		addValueChangeListener(event -> {
			if (!this.showing) {
				onChange.accept(event.getValue());
			}
		});
	}

	/** Shows the choice from the address without reporting it as a change. */
	void showChoice(String sides) {
		this.showing = true;
		setValue(sides);
		this.showing = false;
	}

	/** The slice with only the cooperation ties whose view is the chosen one. */
	static GraphSlice keep(GraphSlice slice, String sides, Map<String, Confirmation> confirmations) {
		if (sides == null) {
			return slice;
		}
		List<GraphEdge> kept = slice.edges()
			.stream()
			.filter(edge -> edge.kind() != EdgeKind.COOPERATES_WITH
					|| sides.equals(slug(confirmations.get(TieConfirmations.pair(edge.source(), edge.target())))))
			.toList();
		return new GraphSlice(slice.nodes(), kept, slice.topics(), slice.hiddenHubs());
	}

	private static String slug(Confirmation confirmation) {
		return (confirmation == null) ? null : confirmation.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
