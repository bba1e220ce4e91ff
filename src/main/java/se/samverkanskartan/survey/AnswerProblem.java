package se.samverkanskartan.survey;

import se.samverkanskartan.network.InvalidParameterException;

/**
 * A value in a respondent's answers that cannot be kept, named by its field (e.g.
 * {@code partner.2.since}); the form shows {@link #messageKey()} from the bundles at that
 * field, the message itself is for logs and the API.
 */
public class AnswerProblem extends InvalidParameterException {

	private final String messageKey;

	private final transient Object[] arguments;

	AnswerProblem(String field, String message, String messageKey, Object... arguments) {
		super(field, message);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
