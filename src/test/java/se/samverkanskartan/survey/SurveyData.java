package se.samverkanskartan.survey;

import org.springframework.data.neo4j.core.Neo4jClient;

/** The survey's nodes in the test database, for tests to clear after themselves. */
public final class SurveyData {

	private SurveyData() {
	}

	/**
	 * Removes every round with its respondents, answers, submissions and review
	 * decisions.
	 */
	public static void clear(Neo4jClient neo4j) {
		neo4j.query(
				"MATCH (n) WHERE n:SurveyRound OR n:Respondent OR n:SurveyAnswer OR n:Submission OR n:ReviewDecision DETACH DELETE n")
			.run();
	}

	/**
	 * Invites a respondent for the organisation, saves the answers through the link and
	 * submits them.
	 */
	public static void submit(RespondentLinks links, SurveyAnswers answers, String round, String organisation,
			java.util.Map<String, String> values, java.util.List<PartnerAnswer> partners) {
		var access = links
			.open(links.invite(round, organisation, "Svarande", "svar@example.se", "").token(),
					java.time.LocalDate.now())
			.orElseThrow();
		answers.submit(access, answers.save(access, values, partners, 0));
	}

}
