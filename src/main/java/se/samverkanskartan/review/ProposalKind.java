package se.samverkanskartan.review;

/** What a survey answer proposes to change in the network. */
public enum ProposalKind {

	/** A tie between two organisations that have none. */
	NEW_TIE,
	/** A new topic for a pair that already cooperates. */
	NEW_TOPIC,
	/** A tie the answer says has ended. */
	ENDED,
	/** A tie the answer confirms as it is. */
	CONFIRMED,
	/** A partner missing from the map. */
	NEW_ORGANISATION,
	/** A topic the organisation wants to develop cooperation on. */
	NEED;

	/** The bundle key of its name, e.g. {@code review.kind.new-tie}. */
	public String messageKey() {
		return "review.kind." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
