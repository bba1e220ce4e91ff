package se.samverkanskartan.survey;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkanskartan.network.InvalidParameterException;

/**
 * Editors reword, add, reorder and remove a round's questions until the first answer
 * arrives; after that a question's wording (its text, follow-up and boxes) is frozen and
 * it stays in the form, while new questions can still be added and all reordered.
 */
@Service
public class QuestionnaireChanges {

	/** Longest question, follow-up or part heading. */
	static final int TEXT_MAX = 1000;

	private static final Pattern ID = Pattern.compile("[a-z0-9-]{1,20}");

	/** Takes the round's write lock, so that an answer and a change do not cross. */
	private static final String LOCK = """
			MATCH (r:SurveyRound {id: $round})
			SET r._lock = true REMOVE r._lock
			RETURN r.questionnaire AS questionnaire, EXISTS { (r)<-[:IN_ROUND]-(:SurveyAnswer) } AS answered""";

	private static final String SAVE = """
			MATCH (r:SurveyRound {id: $round})
			SET r.questionnaire = $questionnaire""";

	private final Neo4jClient neo4j;

	QuestionnaireChanges(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** Whether any organisation has saved answers in the round. */
	@Transactional(readOnly = true)
	public boolean answered(String roundId) {
		return this.neo4j.query("MATCH (r:SurveyRound {id: $round}) RETURN EXISTS { (r)<-[:IN_ROUND]-(:SurveyAnswer) }")
			.bind(String.valueOf(roundId))
			.to("round")
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

	/**
	 * Replaces the round's questionnaire; problems are named by field, e.g.
	 * {@code question.q3.text}.
	 */
	@PreAuthorize("hasRole('EDITOR')")
	@Transactional
	public void change(String roundId, Questionnaire changed) {
		var stored = this.neo4j.query(LOCK)
			.bind(String.valueOf(roundId))
			.to("round")
			.fetch()
			.one()
			.orElseThrow(() -> new InvalidParameterException("round", "No round " + roundId));
		check(changed);
		if ((Boolean) stored.get("answered")) {
			Questionnaire before = SurveyRounds.JSON.readValue((String) stored.get("questionnaire"),
					Questionnaire.class);
			Map<String, Question> now = new HashMap<>();
			changed.questions().forEach(question -> now.put(question.id(), question));
			for (Question question : before.questions()) {
				Question after = now.get(question.id());
				if (after == null) {
					throw new InvalidParameterException("question." + question.id(),
							"Answers have arrived: question " + question.id() + " stays in the form");
				}
				if (!after.text().equals(question.text()) || !Objects.equals(after.followUp(), question.followUp())
						|| after.boxes() != question.boxes()) {
					throw new InvalidParameterException("question." + question.id() + ".text",
							"Answers have arrived: the wording of " + question.id() + " is frozen");
				}
			}
		}
		this.neo4j.query(SAVE)
			.bindAll(Map.of("round", roundId, "questionnaire", SurveyRounds.JSON.writeValueAsString(changed)))
			.run();
	}

	private static void check(Questionnaire questionnaire) {
		if (questionnaire.questions().isEmpty()) {
			throw new InvalidParameterException("questionnaire", "The form needs at least one question");
		}
		for (int i = 0; i < questionnaire.parts().size(); i++) {
			String title = questionnaire.parts().get(i).title();
			if (title == null || title.isBlank() || title.length() > TEXT_MAX) {
				throw new InvalidParameterException("part." + i + ".title",
						"A part needs a heading of 1 to " + TEXT_MAX + " characters");
			}
		}
		Set<String> ids = new HashSet<>();
		for (Question question : questionnaire.questions()) {
			if (question.id() == null || !ID.matcher(question.id()).matches() || !ids.add(question.id())) {
				throw new InvalidParameterException("question", "Question ids are unique, a-z, 0-9 and -");
			}
			if (question.text() == null || question.text().isBlank() || question.text().length() > TEXT_MAX) {
				throw new InvalidParameterException("question." + question.id() + ".text",
						"A question needs 1 to " + TEXT_MAX + " characters");
			}
			if (question.followUp() != null && question.followUp().length() > TEXT_MAX) {
				throw new InvalidParameterException("question." + question.id() + ".followUp",
						"A follow-up has at most " + TEXT_MAX + " characters");
			}
		}
	}

}
