package se.samverkanskartan.shell;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * A page of headed sections whose words are all in the bundles: {@code <key>.title}, then
 * paragraphs {@code <key>.text}, {@code <key>.text2}, and list items {@code <key>.item1}
 * … as named.
 */
final class TextSections {

	private TextSections() {
	}

	static Section section(Component owner, String key, String... parts) {
		var section = new Section(new H3(owner.getTranslation(key + ".title")));
		section.setId(key.substring(key.lastIndexOf('.') + 1));
		UnorderedList list = null;
		for (String part : parts) {
			String text = owner.getTranslation(key + "." + part);
			if (part.startsWith("item")) {
				if (list == null) {
					list = new UnorderedList();
					section.add(list);
				}
				list.add(new ListItem(text));
			}
			else {
				list = null;
				section.add(new Paragraph(text));
			}
		}
		return section;
	}

	static List<String> items(int count) {
		return java.util.stream.IntStream.rangeClosed(1, count).mapToObj(n -> "item" + n).toList();
	}

}
