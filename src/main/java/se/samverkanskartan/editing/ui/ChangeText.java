package se.samverkanskartan.editing.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

import se.samverkanskartan.editing.Change;
import se.samverkanskartan.editing.TieForm;

/** What a change did, field by field: "ämne: unga → krisberedskap". */
final class ChangeText {

	private ChangeText() {
	}

	static Component of(Change change, Component owner) {
		TieForm before = change.before();
		TieForm after = change.after();
		List<String> lines = new ArrayList<>();
		if (before != null && after != null) {
			add(lines, owner, "topic", before.topic(), after.topic());
			add(lines, owner, "since", before.since(), after.since());
			add(lines, owner, "until", before.until(), after.until());
			add(lines, owner, "confidence", before.confidence(), after.confidence());
			add(lines, owner, "source", before.source(), after.source());
			add(lines, owner, "section", before.section(), after.section());
			add(lines, owner, "quote", before.quote(), after.quote());
		}
		var text = new Div();
		lines.forEach(line -> text.add(new Div(line)));
		return text;
	}

	private static void add(List<String> lines, Component owner, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			lines.add(owner.getTranslation("edit.field." + field) + ": " + ((before == null) ? "–" : before) + " → "
					+ ((after == null) ? "–" : after));
		}
	}

}
