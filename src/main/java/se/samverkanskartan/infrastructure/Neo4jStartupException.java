package se.samverkanskartan.infrastructure;

/**
 * Start-up cannot go on because of the database. The message is meant for the person who
 * ran the command; {@link #action()} tells them what to do about it.
 */
public class Neo4jStartupException extends RuntimeException {

	private final String action;

	public Neo4jStartupException(String message, String action, Throwable cause) {
		super(message, cause);
		this.action = action;
	}

	public String action() {
		return this.action;
	}

}
