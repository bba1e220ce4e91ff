package se.samverkanskartan.network;

import java.text.Normalizer;
import java.util.Locale;

/** Names compared the way people write them: blind to case, diacritics and hyphens. */
public final class Names {

	private Names() {
	}

	/** "Upplands-Väsby" and "upplands vasby" both become "upplands vasby". */
	public static String normalise(String text) {
		if (text == null) {
			return "";
		}
		String withoutMarks = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return withoutMarks.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-/_]+", " ").strip();
	}

	/**
	 * A slug for a new external id: "Fryshuset Stockholm" becomes "fryshuset-stockholm".
	 */
	public static String slug(String text) {
		return normalise(text).replaceAll("[^a-z0-9 ]", "").strip().replace(' ', '-');
	}

}
