package se.samverkanskartan.survey;

import java.util.List;

/**
 * The fixed answers of the network questions, as stored; the words shown are in the
 * bundles ({@code respond.frequency.*}, {@code respond.form.*}, {@code respond.still.*},
 * {@code respond.obstacle.*}).
 */
public final class PartnerChoices {

	/** How often: varje vecka, varje månad, några gånger om året, mer sällan. */
	public static final List<String> FREQUENCIES = List.of("varje-vecka", "varje-manad", "nagra-ganger-om-aret",
			"mer-sallan");

	/** The form: avtal eller IOP, gemensamt forum, gemensamt projekt, informellt. */
	public static final List<String> FORMS = List.of("avtal-iop", "gemensamt-forum", "gemensamt-projekt", "informellt");

	/** "Stämmer detta fortfarande?": ja, ändrat, har upphört. */
	public static final List<String> STILL = List.of("ja", "andrat", "upphort");

	/**
	 * The obstacles the report lists (Storsthlm 2020, "Hinder i det kommunala
	 * trygghetsarbetet" and "Hinder för intern samverkan").
	 */
	public static final List<String> OBSTACLES = List.of("langsiktighet-mal-resurser", "polisens-resurser", "regelverk",
			"ansvar-ej-lagkrav", "kommunikation", "intern-samverkan");

	/** Fields of the values map that the network questions use besides the partners. */
	public static final String NEEDS_TOPICS = "needs.topics";

	public static final String NEEDS_TEXT = "needs.text";

	public static final String OBSTACLES_CHOSEN = "obstacles.chosen";

	public static final String OBSTACLES_TEXT = "obstacles.text";

	/** The earliest year a cooperation may have begun. */
	public static final int FIRST_YEAR = 1900;

	private PartnerChoices() {
	}

}
