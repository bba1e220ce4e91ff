package se.samverkanskartan.exchange;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.i18n.I18NProvider;

import se.samverkanskartan.infrastructure.TranslationProvider;
import se.samverkanskartan.network.Names;

/**
 * The kinds of actor the app knows, read from a file by their slug or their Swedish or
 * English name (blind to case, diacritics and hyphens), stored as the slug.
 */
final class ActorTypes {

	/** Each has a name in the bundles ({@code actor-type.<slug>}). */
	static final List<String> SLUGS = List.of("police", "rescue-service", "civil-society", "property-owner", "business",
			"public-transport", "faith-community", "region", "national-agency", "county-administrative-board",
			"municipal-association");

	private final Map<String, String> byName = new HashMap<>();

	private final String names;

	private ActorTypes(I18NProvider i18n, java.util.Locale locale) {
		for (String slug : SLUGS) {
			this.byName.put(Names.normalise(slug), slug);
			for (var language : List.of(TranslationProvider.SWEDISH, TranslationProvider.ENGLISH)) {
				this.byName.put(Names.normalise(i18n.getTranslation("actor-type." + slug, language)), slug);
			}
		}
		this.names = String.join(", ",
				SLUGS.stream()
					.map(slug -> i18n.getTranslation("actor-type." + slug, locale).toLowerCase(locale))
					.toList());
	}

	static ActorTypes of(I18NProvider i18n, java.util.Locale locale) {
		return new ActorTypes(i18n, locale);
	}

	Optional<String> slugOf(String text) {
		return Optional.ofNullable(this.byName.get(Names.normalise(text)));
	}

	/** The names to choose from, in the file's language, for a message. */
	String names() {
		return this.names;
	}

}
