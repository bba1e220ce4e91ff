package se.samverkanskartan.exchange;

import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;

/** Import problems in the reader's language. */
@FunctionalInterface
interface ImportMessages {

	String text(String key, Object... args);

	/** 512 byte, 40 kB, 3 MB. */
	static String size(long bytes) {
		if (bytes < 1024) {
			return bytes + " byte";
		}
		return (bytes < 1_048_576) ? (bytes / 1024) + " kB" : (bytes / 1_048_576) + " MB";
	}

	static ImportMessages of(I18NProvider i18n, Locale locale) {
		return (key, args) -> i18n.getTranslation(key, locale, args);
	}

}
