package se.samverkanskartan.exchange;

import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;

/** Import problems in the reader's language. */
@FunctionalInterface
interface ImportMessages {

	String text(String key, Object... args);

	static ImportMessages of(I18NProvider i18n, Locale locale) {
		return (key, args) -> i18n.getTranslation(key, locale, args);
	}

}
