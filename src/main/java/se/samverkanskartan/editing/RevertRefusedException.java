package se.samverkanskartan.editing;

/**
 * A revert that cannot be applied, with the reason as a key: changed-later,
 * deleted-later, in-use, exists-again, merge or revert.
 */
public class RevertRefusedException extends RuntimeException {

	private final String reason;

	RevertRefusedException(String reason, String message) {
		super(message);
		this.reason = reason;
	}

	public String reason() {
		return this.reason;
	}

}
