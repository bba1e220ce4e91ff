package se.samverkanskartan.survey;

/**
 * A personal link just made: its token is shown here once and stored only as a hash.
 *
 * @param respondentId the respondent
 * @param token the secret for the link's address
 */
public record IssuedLink(String respondentId, String token) {

	/** The link's path in the app. */
	public String path() {
		return "/svar/" + this.token;
	}

}
