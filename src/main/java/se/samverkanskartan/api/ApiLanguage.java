package se.samverkanskartan.api;

import java.util.Locale;

import se.samverkanskartan.infrastructure.TranslationProvider;
import se.samverkanskartan.network.InvalidParameterException;

/** The {@code lang} parameter: Swedish unless English is asked for. */
final class ApiLanguage {

	private ApiLanguage() {
	}

	static Locale of(String lang) {
		if (lang == null || lang.isBlank() || lang.equals("sv")) {
			return TranslationProvider.SWEDISH;
		}
		if (lang.equals("en")) {
			return TranslationProvider.ENGLISH;
		}
		throw new InvalidParameterException("lang", "lang must be sv or en, was " + lang);
	}

}
