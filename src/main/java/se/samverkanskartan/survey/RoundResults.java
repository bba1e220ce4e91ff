package se.samverkanskartan.survey;

import java.time.LocalDate;
import java.util.List;

/**
 * A round's results as the report's tables 1 and 2 gave them: each Ja / Nej / Vet ej
 * question's counts and shares, with the change since the previous round, and the
 * free-text answers per question.
 *
 * @param roundId the round ({@link SurveyResults#REPORT_ROUND} for the 2020 report)
 * @param roundName its name
 * @param day when it opened (the report's publication for 2020)
 * @param answered how many organisations submitted answers
 * @param asked how many were asked
 * @param previous the round compared with, or null for the first
 * @param tables the Ja / Nej / Vet ej questions
 * @param freeText the free-text answers per question
 */
public record RoundResults(String roundId, String roundName, LocalDate day, int answered, int asked, String previous,
		List<Table> tables, List<FreeText> freeText) {

	/**
	 * Fewer answers than this are not shown to viewers (no one's answer can be read from
	 * them).
	 */
	public static final int SMALLEST_GROUP = 3;

	public RoundResults {
		tables = List.copyOf(tables);
		freeText = List.copyOf(freeText);
	}

	/**
	 * @param questionId the question's id
	 * @param question its text
	 * @param yes how many answered Ja (null when hidden)
	 * @param no Nej
	 * @param unknown Vet ej
	 * @param yesShare per cent, rounded as the report did
	 * @param noShare per cent
	 * @param unknownShare per cent
	 * @param previousYesShare the previous round's Ja share, or null
	 * @param hidden whether there were too few answers to show (viewers only)
	 */
	public record Table(String questionId, String question, Integer yes, Integer no, Integer unknown, Integer yesShare,
			Integer noShare, Integer unknownShare, Integer previousYesShare, boolean hidden) {

		/**
		 * Change of the Ja share since the previous round, in percentage points, or null.
		 */
		public Integer change() {
			return (this.yesShare == null || this.previousYesShare == null) ? null
					: this.yesShare - this.previousYesShare;
		}

	}

	/**
	 * @param questionId the question's id (a follow-up's ends in {@code .followUp})
	 * @param question its text
	 * @param answers the answers, with the organisation's name for editors only
	 * @param hidden whether there were too few answers to show (viewers only)
	 */
	public record FreeText(String questionId, String question, List<Answer> answers, boolean hidden) {

		public FreeText {
			answers = List.copyOf(answers);
		}

	}

	/**
	 * @param organisation the organisation's name, or null for viewers
	 * @param text the answer
	 */
	public record Answer(String organisation, String text) {

	}

}
