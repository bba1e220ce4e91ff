package se.samverkanskartan.survey;

import java.time.LocalDate;

/**
 * What a personal link opens: one respondent's organisation's form in one round, nothing
 * else.
 *
 * @param respondentId the respondent
 * @param respondentName the respondent's name
 * @param roundId the round
 * @param roundName its name
 * @param closes its last day
 * @param organisationId the organisation answered for
 * @param organisationName its name
 */
public record RespondentAccess(String respondentId, String respondentName, String roundId, String roundName,
		LocalDate closes, String organisationId, String organisationName) {

}
