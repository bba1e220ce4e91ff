package se.samverkanskartan.explorer.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * A source's section and verbatim quote, shown the same way wherever evidence appears.
 */
class EvidenceText extends Div {

	EvidenceText(String source, String section, String quote) {
		addClassName("evidence");
		getStyle().set("font-size", "var(--lumo-font-size-s)").set("margin-top", "var(--lumo-space-xs)");
		var where = new Span(java.util.stream.Stream.of(source, section)
			.filter(part -> part != null && !part.isBlank())
			.collect(java.util.stream.Collectors.joining(" · ")));
		where.getStyle().set("color", "var(--lumo-secondary-text-color)");
		var words = new Paragraph("”" + quote + "”");
		words.addClassName("evidence-quote");
		words.getStyle()
			.set("margin", "var(--lumo-space-xs) 0 0")
			.set("font-style", "italic")
			.set("border-left", "3px solid var(--lumo-contrast-20pct)")
			.set("padding-left", "var(--lumo-space-s)");
		add(where, words);
	}

}
