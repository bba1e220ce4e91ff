package se.samverkanskartan.survey;

import java.time.LocalDate;
import java.util.List;

/**
 * What an editor fills in to create a round.
 *
 * @param name e.g. "Trygghetskartläggning 2027"
 * @param opens the first day respondents can answer
 * @param closes the last day
 * @param introduction shown at the top of the form
 * @param organisations the organisations asked, by id (municipality:0180 …)
 * @param questionnaire the questions
 */
public record RoundDraft(String name, LocalDate opens, LocalDate closes, String introduction,
		List<String> organisations, Questionnaire questionnaire) {

	/** Longest name, in characters. */
	public static final int NAME_MAX = 120;

	/** Longest introduction, in characters. */
	static final int INTRODUCTION_MAX = 4000;

}
