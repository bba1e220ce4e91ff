package se.samverkanskartan.network;

/**
 * A request value that cannot be used: an unknown id, a value out of range. Names the
 * parameter so that forms and the API can point at it.
 */
public class InvalidParameterException extends IllegalArgumentException {

	private final String parameter;

	public InvalidParameterException(String parameter, String message) {
		super(message);
		this.parameter = parameter;
	}

	public String parameter() {
		return this.parameter;
	}

}
