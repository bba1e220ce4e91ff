package se.samverkanskartan.accounts;

import se.samverkanskartan.network.InvalidParameterException;

/**
 * An account change that cannot be made, naming the field; {@link #key()} with
 * {@link #arguments()} is the message in the bundles, the exception's own message the
 * API's English one.
 */
public class AccountRefusedException extends InvalidParameterException {

	private final String key;

	private final transient Object[] arguments;

	AccountRefusedException(String parameter, String message, String key, Object... arguments) {
		super(parameter, message);
		this.key = key;
		this.arguments = arguments.clone();
	}

	public String key() {
		return this.key;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
