package se.samverkanskartan.infrastructure;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every UI string comes from {@code i18n/messages*.properties}. Swedish is the default;
 * English is the other choice.
 */
@Component
public class TranslationProvider implements I18NProvider {

	public static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

	public static final Locale ENGLISH = Locale.forLanguageTag("en-GB");

	private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);

	private static final String BUNDLE = "i18n/messages";

	@Override
	public List<Locale> getProvidedLocales() {
		return List.of(SWEDISH, ENGLISH);
	}

	@Override
	public String getTranslation(String key, Locale locale, Object... params) {
		Locale effective = ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : SWEDISH;
		try {
			String pattern = ResourceBundle
				.getBundle(BUNDLE, effective,
						ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
				.getString(key);
			return params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
		}
		catch (MissingResourceException ex) {
			log.warn("Missing translation '{}' for {}", key, effective);
			return "!" + key;
		}
	}

}
