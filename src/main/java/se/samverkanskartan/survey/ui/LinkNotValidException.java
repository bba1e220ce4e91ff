package se.samverkanskartan.survey.ui;

/** A personal link that is wrong, revoked or expired: the page says only that. */
class LinkNotValidException extends RuntimeException {

	LinkNotValidException() {
		super("link not valid");
	}

}
