package se.samverkanskartan.survey;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * One organisation's answers in one round, shared by its respondents.
 *
 * @param values by field: {@code q1} the choice (ja, nej, vet-ej) or the free-text
 * answer, {@code q1.followUp} the follow-up's answer, and the needs and obstacles
 * ({@link PartnerChoices#NEEDS_TOPICS} and the like)
 * @param partners the partners named, in the order given
 * @param version raised by every save, for check-and-set; 0 before the first
 * @param submitted when the answers were last submitted, or null while a draft
 * @param prefilledFrom where a form nobody has saved yet was pre-filled from: the name of
 * an earlier round, {@link #FROM_THE_MAP}, or null
 */
public record FormAnswers(Map<String, String> values, List<PartnerAnswer> partners, long version,
		ZonedDateTime submitted, String prefilledFrom) {

	public static final FormAnswers EMPTY = new FormAnswers(Map.of(), List.of(), 0, null, null);

	/** {@link #prefilledFrom} for a form pre-filled from the ties in the map. */
	public static final String FROM_THE_MAP = "map";

	public FormAnswers {
		values = Map.copyOf(values);
		partners = List.copyOf(partners);
	}

}
