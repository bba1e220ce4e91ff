package se.samverkanskartan.survey;

import java.util.List;

/**
 * One partner named in the network questions: an organisation in the map, or one the
 * respondent adds that is missing (pending until reviewed).
 *
 * @param partnerId the organisation's id, or null for a new one
 * @param newName the name of a partner missing from the map, or null
 * @param topics topic slugs from the app's topic list
 * @param frequency one of {@link PartnerChoices#FREQUENCIES}, or null
 * @param form one of {@link PartnerChoices#FORMS}, or null
 * @param since the year the cooperation began, or null
 * @param comment free text, or null
 * @param carried whether it was carried forward from the map or an earlier round, so that
 * "Stämmer detta fortfarande?" is asked
 * @param still the answer to that: one of {@link PartnerChoices#STILL}, or null
 */
public record PartnerAnswer(String partnerId, String newName, List<String> topics, String frequency, String form,
		Integer since, String comment, boolean carried, String still) {

	public PartnerAnswer {
		topics = (topics == null) ? List.of() : List.copyOf(topics);
	}

	/** A partner from the map, as the respondent picks it. */
	public static PartnerAnswer picked(String partnerId) {
		return new PartnerAnswer(partnerId, null, List.of(), null, null, null, null, false, null);
	}

	/** A partner missing from the map, by the name the respondent gives. */
	public static PartnerAnswer missing(String name) {
		return new PartnerAnswer(null, name, List.of(), null, null, null, null, false, null);
	}

	/** Carried forward: to be confirmed, changed or ended. */
	PartnerAnswer carriedForward() {
		return new PartnerAnswer(this.partnerId, this.newName, this.topics, this.frequency, this.form, this.since,
				this.comment, true, null);
	}

	public PartnerAnswer withTopics(List<String> topics) {
		return new PartnerAnswer(this.partnerId, this.newName, topics, this.frequency, this.form, this.since,
				this.comment, this.carried, this.still);
	}

	public PartnerAnswer withFrequency(String frequency) {
		return new PartnerAnswer(this.partnerId, this.newName, this.topics, frequency, this.form, this.since,
				this.comment, this.carried, this.still);
	}

	public PartnerAnswer withForm(String form) {
		return new PartnerAnswer(this.partnerId, this.newName, this.topics, this.frequency, form, this.since,
				this.comment, this.carried, this.still);
	}

	public PartnerAnswer withSince(Integer since) {
		return new PartnerAnswer(this.partnerId, this.newName, this.topics, this.frequency, this.form, since,
				this.comment, this.carried, this.still);
	}

	public PartnerAnswer withComment(String comment) {
		return new PartnerAnswer(this.partnerId, this.newName, this.topics, this.frequency, this.form, this.since,
				comment, this.carried, this.still);
	}

	public PartnerAnswer withStill(String still) {
		return new PartnerAnswer(this.partnerId, this.newName, this.topics, this.frequency, this.form, this.since,
				this.comment, this.carried, still);
	}

}
