package se.samverkanskartan.suggestions;

import java.util.Locale;

/**
 * The signals a suggestion's score combines, each scaled to 0..1 and weighted. The
 * weights sum to 1, so a score is at most 1. Documented in the README.
 */
public enum Signal {

	/**
	 * The candidate's own work on the chosen topic: its ties on it and the forums on it
	 * it belongs to; only when a topic is chosen.
	 */
	TOPIC_EXPERIENCE(0.35),
	/**
	 * Cooperation partners both have, each counted by its rarity among the candidate's
	 * kind over the square root of its partners, saturated.
	 */
	COMMON_PARTNERS(0.22),
	/**
	 * Forums both belong to, each counted by its rarity among the candidate's kind,
	 * saturated.
	 */
	SHARED_FORUMS(0.09),
	/** Topics both work on: 1 for the chosen topic, Jaccard of topic sets otherwise. */
	SHARED_TOPICS(0.09),
	/** Stated wishes to cooperate on a topic the other works on or wishes too. */
	STATED_NEEDS(0.09),
	/** A shared municipal border. */
	NEIGHBOURS(0.06),
	/** Covered by the same local police area. */
	POLICE_AREA(0.06),
	/** Population within a factor of 1.5, closer is higher. */
	SIMILAR_SIZE(0.04);

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
