package se.samverkanskartan.editing.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

import se.samverkanskartan.editing.Change;

/**
 * What a change did, field by field: "Ämne: unga → krisberedskap". Works for ties,
 * organisations and topics alike since it compares the recorded fields by name.
 */
final class ChangeText {

	/** Bookkeeping fields that say nothing to a reader. */
	private static final Set<String> HIDDEN = Set.of("id", "version", "fromId", "toId", "slug");

	private ChangeText() {
	}

	static Component of(Change change, Component owner) {
		List<String> lines = new ArrayList<>();
		Map<String, Object> before = change.beforeFields();
		Map<String, Object> after = change.afterFields();
		if (!before.isEmpty() && !after.isEmpty()) {
			Set<String> fields = new LinkedHashSet<>(before.keySet());
			fields.addAll(after.keySet());
			fields.stream()
				.filter(field -> !HIDDEN.contains(field))
				.forEach(field -> add(lines, owner, field, before.get(field), after.get(field)));
		}
		var text = new Div();
		lines.forEach(line -> text.add(new Div(line)));
		return text;
	}

	private static void add(List<String> lines, Component owner, String field, Object before, Object after) {
		if (!Objects.equals(empty(before), empty(after))) {
			lines.add(owner.getTranslation("change.field." + field) + ": " + show(before) + " → " + show(after));
		}
	}

	private static Object empty(Object value) {
		return (value instanceof String text && text.isBlank()) || (value instanceof List<?> list && list.isEmpty())
				? null : value;
	}

	private static String show(Object value) {
		Object shown = empty(value);
		if (shown instanceof List<?> list) {
			return String.join("; ", list.stream().map(String::valueOf).toList());
		}
		return (shown == null) ? "–" : String.valueOf(shown);
	}

}
