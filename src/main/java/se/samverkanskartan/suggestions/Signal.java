package se.samverkanskartan.suggestions;

import java.util.Locale;

/**
 * The signals a suggestion's score combines, each scaled to 0..1 and weighted. The
 * weights sum to 1, so a score is at most 1. Documented in the README.
 */
public enum Signal {

	/** Resource allocation over cooperation partners: Σ 1/partners(z), saturated. */
	COMMON_PARTNERS(0.30),
	/** Adamic-Adar over shared forums: Σ 1/ln(members(f)), saturated. */
	SHARED_FORUMS(0.15),
	/** Topics both work on: 1 for the chosen topic, Jaccard of topic sets otherwise. */
	SHARED_TOPICS(0.15),
	/** Stated wishes to cooperate on a topic the other works on or wishes too. */
	STATED_NEEDS(0.15),
	/** A shared municipal border. */
	NEIGHBOURS(0.10),
	/** Covered by the same local police area. */
	POLICE_AREA(0.10),
	/** Population within a factor of ten, closer is higher. */
	SIMILAR_SIZE(0.05);

	private final double weight;

	Signal(double weight) {
		this.weight = weight;
	}

	public double weight() {
		return this.weight;
	}

	/** The API and translation key form, e.g. {@code common-partners}. */
	public String slug() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
