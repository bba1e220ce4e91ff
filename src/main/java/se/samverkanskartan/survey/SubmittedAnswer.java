package se.samverkanskartan.survey;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * An organisation's last submitted answers in a round, as review and results read them.
 *
 * @param organisationId the organisation the answers are for
 * @param organisationName its name, or null when it no longer exists (deleted or merged)
 * @param submissionId the submission's id
 * @param at when it was submitted
 * @param values the questions' answers, by field (see {@link FormAnswers#values})
 * @param partners the partners named
 */
public record SubmittedAnswer(String organisationId, String organisationName, String submissionId, ZonedDateTime at,
		Map<String, String> values, List<PartnerAnswer> partners) {

	public SubmittedAnswer {
		values = Map.copyOf(values);
		partners = List.copyOf(partners);
	}

	/** Whether the organisation still exists in the map. */
	public boolean organisationExists() {
		return this.organisationName != null;
	}

}
