package se.samverkanskartan.survey;

import java.time.ZonedDateTime;
import java.util.Map;

/**
 * One organisation's answers in one round, shared by its respondents.
 *
 * @param values by field: {@code q1} the choice (ja, nej, vet-ej) or the free-text
 * answer, {@code q1.followUp} the follow-up's answer
 * @param version raised by every save, for check-and-set
 * @param submitted when the answers were last submitted, or null while a draft
 */
public record FormAnswers(Map<String, String> values, long version, ZonedDateTime submitted) {

	public static final FormAnswers EMPTY = new FormAnswers(Map.of(), 0, null);

	public FormAnswers {
		values = Map.copyOf(values);
	}

}
