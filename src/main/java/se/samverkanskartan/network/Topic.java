package se.samverkanskartan.network;

import java.util.Locale;

/**
 * A cooperation topic from the report's taxonomy.
 *
 * @param slug the external id
 * @param nameSv the Swedish name
 * @param nameEn the English name
 * @param color the colour of its ties in the graph and the legend
 */
public record Topic(String slug, String nameSv, String nameEn, String color) {

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameSv;
	}

}
