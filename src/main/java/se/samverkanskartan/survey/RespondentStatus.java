package se.samverkanskartan.survey;

import java.time.ZonedDateTime;

/**
 * A respondent of a round and how far their organisation's answers have come.
 *
 * @param id the respondent
 * @param name their name
 * @param email their address
 * @param role their role, or empty
 * @param organisationId the organisation they answer for
 * @param organisationName its name
 * @param revoked whether their link was revoked
 * @param state invited, opened (this respondent's link), in-progress or submitted (the
 * organisation's answers)
 * @param invited when their link was last issued
 * @param opened when they first opened it, or null
 * @param updated when their organisation's answers were last saved, or null
 * @param submitted when their organisation last submitted, or null
 * @param reminded when a reminder last went to them, or null
 */
public record RespondentStatus(String id, String name, String email, String role, String organisationId,
		String organisationName, boolean revoked, String state, ZonedDateTime invited, ZonedDateTime opened,
		ZonedDateTime updated, ZonedDateTime submitted, ZonedDateTime reminded) {

	/** Whether their organisation has still to submit. */
	public boolean waiting() {
		return this.submitted == null;
	}

}
