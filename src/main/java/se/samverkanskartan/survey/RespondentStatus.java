package se.samverkanskartan.survey;

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
 * @param state invited, in-progress or submitted (the organisation's answers)
 */
public record RespondentStatus(String id, String name, String email, String role, String organisationId,
		String organisationName, boolean revoked, String state) {

}
