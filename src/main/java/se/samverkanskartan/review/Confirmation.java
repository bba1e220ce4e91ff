package se.samverkanskartan.review;

/** Whether both sides of a tie name each other in a round's answers. */
public enum Confirmation {

	/** A names B and B names A: "bekräftad av båda". */
	BOTH,
	/**
	 * Named by one side only (the other did not answer or did not name it): "uppgiven av
	 * en part".
	 */
	ONE_SIDE,
	/** Named by one side while the other's answer says it has ended: "motstridig". */
	CONTRADICTORY;

	public String messageKey() {
		return "review.confirmation." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
