package se.samverkanskartan.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The built-in dataset's source, its method and caveat, and the survey's county-level
 * answers.
 *
 * @param title the report's title
 * @param publisher who published it
 * @param published when
 * @param interviews how many municipalities were interviewed
 * @param studyVisits how many were visited instead
 * @param municipalities how many municipalities the county has
 * @param fieldwork when the interviews were made
 * @param methodQuote the report's words on its method
 * @param caveatQuote the report's words on what it does not say
 * @param answers the survey's aggregate answers, in the report's order
 */
public record AboutTheData(String title, String publisher, LocalDate published, int interviews, int studyVisits,
		int municipalities, String fieldwork, String methodQuote, String caveatQuote, List<SurveyAnswer> answers) {

	/**
	 * One question of the report's tables 1 and 2 with its counts and shares.
	 *
	 * @param order position in the report
	 * @param table the report's table number
	 * @param questionSv the question as the report asks it
	 * @param questionEn an English translation
	 * @param yes answered yes
	 * @param no answered no
	 * @param unknown did not know
	 * @param yesPercent share yes, as the report rounds it
	 * @param noPercent share no
	 * @param unknownPercent share not known
	 */
	public record SurveyAnswer(int order, int table, String questionSv, String questionEn, int yes, int no, int unknown,
			int yesPercent, int noPercent, int unknownPercent) {

		public String question(Locale locale) {
			return "en".equals(locale.getLanguage()) ? this.questionEn : this.questionSv;
		}

	}

}
