package se.samverkanskartan.editing;

/**
 * Someone else changed or deleted the tie after the form read it; nothing was written.
 */
public class ConcurrentChangeException extends RuntimeException {

	private final TieForm current;

	public ConcurrentChangeException(TieForm current) {
		super("The tie was changed by someone else");
		this.current = current;
	}

	/** The tie as it is now, null when it was deleted. */
	public TieForm current() {
		return this.current;
	}

}
