package se.samverkanskartan.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TranslationProviderTest {

	private final TranslationProvider translations = new TranslationProvider();

	@Test
	void swedish_is_the_default_for_any_other_language() {
		assertThat(this.translations.getTranslation("kind.municipality", Locale.GERMAN)).isEqualTo("Kommun");
		assertThat(this.translations.getTranslation("kind.municipality", Locale.UK)).isEqualTo("Municipality");
	}

	@Test
	void numbers_in_messages_follow_the_locale() {
		assertThat(this.translations.getTranslation("graph.summary", TranslationProvider.SWEDISH, 1234, 5))
			.isEqualTo("1\u00a0234 organisationer · 5 samband");
		assertThat(this.translations.getTranslation("graph.summary", TranslationProvider.ENGLISH, 1234, 5))
			.isEqualTo("1,234 organisations · 5 ties");
		assertThat(this.translations.getTranslation("graph.summary", TranslationProvider.SWEDISH, 1, 1))
			.isEqualTo("1 organisation · 1 samband");
		assertThat(this.translations.getTranslation("graph.summary", TranslationProvider.ENGLISH, 1, 1))
			.isEqualTo("1 organisation · 1 tie");
	}

	@Test
	void import_counts_take_the_singular_for_one() {
		assertThat(
				this.translations.getTranslation("data.import.applied", TranslationProvider.SWEDISH, 1, 0, 2, 1, 0, 2))
			.isEqualTo(
					"Importerad. Skapade: 1 organisation och 1 samband. Uppdaterade: 0 organisationer och 0 samband. "
							+ "Oförändrade: 2 organisationer och 2 samband.");
		assertThat(this.translations.getTranslation("data.import.plan", TranslationProvider.ENGLISH, 1, 0, 2, 1, 0, 2))
			.isEqualTo("Checked. To create: 1 organisation and 1 tie. To update: 0 organisations and 0 ties. "
					+ "Unchanged: 2 organisations and 2 ties.");
	}

	@Test
	void a_missing_key_is_visible_rather_than_blank() {
		assertThat(this.translations.getTranslation("no.such.key", TranslationProvider.SWEDISH))
			.isEqualTo("!no.such.key");
	}

	private static Properties load(String language) throws IOException {
		var properties = new Properties();
		try (InputStream in = TranslationProvider.class
			.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
