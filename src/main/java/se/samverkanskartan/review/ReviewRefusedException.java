package se.samverkanskartan.review;

/**
 * A proposal that cannot be accepted as it stands; nothing was written. The reason names
 * a bundle key ({@code review.refused.<reason>}).
 */
public class ReviewRefusedException extends RuntimeException {

	private final String reason;

	ReviewRefusedException(String reason, String message) {
		super(message);
		this.reason = reason;
	}

	public String reason() {
		return this.reason;
	}

}
