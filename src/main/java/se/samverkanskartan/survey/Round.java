package se.samverkanskartan.survey;

import java.time.LocalDate;
import java.util.List;

/**
 * A survey round as stored.
 *
 * @param id its id
 * @param name its name
 * @param opens first day to answer
 * @param closes last day to answer
 * @param introduction shown at the top of the form
 * @param questionnaire its questions
 * @param organisations the organisations asked, by name
 */
public record Round(String id, String name, LocalDate opens, LocalDate closes, String introduction,
		Questionnaire questionnaire, List<Asked> organisations) {

	/**
	 * @param id the organisation's id
	 * @param name its name
	 */
	public record Asked(String id, String name) {

	}

	/** Whether respondents can answer on this day. */
	public boolean openOn(LocalDate day) {
		return !day.isBefore(this.opens) && !day.isAfter(this.closes);
	}

}
