package se.samverkanskartan.shell;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;

import se.samverkanskartan.infrastructure.TranslationProvider;
import se.samverkanskartan.infrastructure.UiLocale;

/** Svenska or English for the session; the page reloads in the language chosen. */
public class LanguageSelect extends Select<Locale> {

	public LanguageSelect() {
		setItems(TranslationProvider.SWEDISH, TranslationProvider.ENGLISH);
		setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
		setValue(UiLocale.current());
		setAriaLabel(getTranslation("language.choose"));
		setWidth("9em");
		addClassName("language-select");
		addValueChangeListener(event -> {
			if (event.isFromClient()) {
				UiLocale.choose(event.getValue());
				UI.getCurrent().getPage().reload();
			}
		});
	}

}
