package se.samverkanskartan.network;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Names compared the way people write them: blind to case, diacritics and hyphens. */
public final class Names {

	private static final Pattern MARKS = Pattern.compile("\\p{M}");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-/_]+");

	private Names() {
	}

	/** "Upplands-Väsby" and "upplands vasby" both become "upplands vasby". */
	public static String normalise(String text) {
		if (text == null) {
			return "";
		}
		String withoutMarks = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
		return SEPARATORS.matcher(withoutMarks.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}

	/**
	 * A slug for a new external id: "Fryshuset Stockholm" becomes "fryshuset-stockholm".
	 */
	public static String slug(String text) {
		return normalise(text).replaceAll("[^a-z0-9 ]", "").strip().replace(' ', '-');
	}

}
