package se.samverkanskartan.suggestions.ui;

import java.text.NumberFormat;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;

import se.samverkanskartan.suggestions.Reason;
import se.samverkanskartan.suggestions.Suggestion;

/** Ranked suggestions: who, the score as a bar, and each reason with its share. */
class SuggestionGrid extends Grid<Suggestion> {

	SuggestionGrid(boolean pairs) {
		addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
		addClassName("suggestion-grid");
		if (pairs) {
			addColumn(s -> s.fromName() + " – " + s.toName()).setHeader(getTranslation("suggestions.pair"))
				.setFlexGrow(2);
		}
		else {
			addColumn(new ComponentRenderer<>(this::partner)).setHeader(getTranslation("partners.partner"))
				.setFlexGrow(2);
			addColumn(s -> getTranslation("kind." + s.toKind())).setHeader(getTranslation("centrality.kind"));
		}
		addColumn(new ComponentRenderer<>(this::score)).setHeader(getTranslation("suggestions.score"))
			.setTextAlign(ColumnTextAlign.START)
			.setWidth("9rem")
			.setFlexGrow(0);
		addColumn(new ComponentRenderer<>(this::reasons)).setHeader(getTranslation("suggestions.reasons"))
			.setFlexGrow(5);
		setEmptyStateText(getTranslation("suggestions.none"));
	}

	/** Adds a column with buttons or links per row. */
	void addActions(Function<Suggestion, Component> actions) {
		addColumn(new ComponentRenderer<>(actions::apply)).setHeader(getTranslation("suggestions.actions"))
			.setAutoWidth(true)
			.setFlexGrow(0);
	}

	private Component partner(Suggestion suggestion) {
		var name = new Span(suggestion.toName());
		if (!suggestion.alreadyCooperating()) {
			return name;
		}
		var badge = new Span(getTranslation("partners.already"));
		badge.addClassName("badge-cooperating");
		var cell = new Div(name, new Span(" "), badge);
		return cell;
	}

	private Component score(Suggestion suggestion) {
		var bar = new Span();
		bar.addClassName("score-bar");
		bar.getStyle().set("width", Math.round(suggestion.score() * 60) + "px");
		var value = new Span(String.format(getLocale(), "%.3f", suggestion.score()));
		var cell = new Div(bar, value);
		if (suggestion.tied()) {
			var tied = new Span(getTranslation("partners.tied"));
			tied.addClassName("badge-tied");
			tied.getElement().setAttribute("title", getTranslation("partners.tied-help"));
			cell.add(new Span(" "), tied);
		}
		return cell;
	}

	private Component reasons(Suggestion suggestion) {
		NumberFormat percent = NumberFormat.getPercentInstance(getLocale());
		var list = new Div();
		list.addClassName("reasons");
		for (Reason reason : suggestion.reasons()) {
			var share = new Span(" (" + percent.format(reason.share()) + ")");
			share.addClassName("reason-share");
			var line = new Div(new Span(reason.text()), share);
			if (reason.evidence() != null) {
				var source = new Anchor(reason.evidence(), getTranslation("partners.evidence"));
				source.addClassName("reason-evidence");
				source.getElement()
					.setAttribute("aria-label", getTranslation("partners.evidence-of", suggestion.toName()));
				line.add(new Span(" "), source);
			}
			list.add(line);
		}
		return list;
	}

}
