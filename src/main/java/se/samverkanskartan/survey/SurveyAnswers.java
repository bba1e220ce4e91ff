package se.samverkanskartan.survey;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkanskartan.network.InvalidParameterException;

/**
 * The answers behind a personal link: read, saved as a draft (check-and-set on the
 * version, so that two respondents saving at once lose nothing), and submitted. Every
 * call takes the {@link RespondentAccess} its link opened, so a link reaches its own
 * organisation's answers in its own round only; each submission is kept.
 */
@Service
public class SurveyAnswers {

	/** Longest answer to one field, in characters. */
	static final int TEXT_MAX = 4000;

	static final Set<String> CHOICES = Set.of("ja", "nej", "vet-ej");

	private static final String READ = """
			MATCH (:SurveyRound {id: $round})<-[:IN_ROUND]-(a:SurveyAnswer)-[:FOR]->(:Organisation {id: $organisation})
			RETURN a.values AS values, a.version AS version, a.submitted AS submitted""";

	/**
	 * Creates the answers on the first save and takes their write lock: the statement
	 * after it reads the last committed version (see editing's VersionLock).
	 */
	private static final String LOCK = """
			MATCH (r:SurveyRound {id: $round}), (o:Organisation {id: $organisation})
			MERGE (a:SurveyAnswer {key: $round + '|' + $organisation})
			ON CREATE SET a.version = 0
			MERGE (a)-[:IN_ROUND]->(r)
			MERGE (a)-[:FOR]->(o)
			SET a._lock = true REMOVE a._lock""";

	private static final String SAVE = """
			MATCH (a:SurveyAnswer {key: $round + '|' + $organisation}) WHERE a.version = $version
			SET a.values = $values, a.version = $version + 1, a.updated = datetime(), a.updatedBy = $respondent
			RETURN a.version AS version""";

	private static final String SUBMIT = """
			MATCH (a:SurveyAnswer {key: $round + '|' + $organisation})
			WHERE a.version = $version
			SET a.submitted = datetime()
			CREATE (a)-[:SUBMITTED]->(:Submission {at: a.submitted, values: a.values, by: $respondent})
			RETURN a.submitted AS submitted""";

	private final Neo4jClient neo4j;

	private final SurveyRounds rounds;

	SurveyAnswers(Neo4jClient neo4j, SurveyRounds rounds) {
		this.neo4j = neo4j;
		this.rounds = rounds;
	}

	@Transactional(readOnly = true)
	public FormAnswers read(RespondentAccess access) {
		return this.neo4j.query(READ)
			.bindAll(Map.of("round", access.roundId(), "organisation", access.organisationId()))
			.fetchAs(FormAnswers.class)
			.mappedBy((types, row) -> new FormAnswers(decode(row.get("values").asString()), row.get("version").asLong(),
					row.get("submitted").isNull() ? null : row.get("submitted").asZonedDateTime()))
			.one()
			.orElse(FormAnswers.EMPTY);
	}

	/**
	 * Saves the values as the organisation's draft, when nobody saved since
	 * {@code version}; the problems are named by field.
	 * @return the new version
	 */
	@Transactional
	public long save(RespondentAccess access, Map<String, String> values, long version) {
		Map<String, String> checked = check(access, values);
		this.neo4j.query(LOCK)
			.bindAll(Map.of("round", access.roundId(), "organisation", access.organisationId()))
			.run();
		return this.neo4j.query(SAVE)
			.bindAll(Map.of("round", access.roundId(), "organisation", access.organisationId(), "version", version,
					"values", SurveyRounds.JSON.writeValueAsString(checked), "respondent", access.respondentId()))
			.fetchAs(Long.class)
			.one()
			.orElseThrow(() -> new InvalidParameterException("version",
					"Someone else of your organisation saved in between: their answers are shown, yours were not saved"));
	}

	/** Submits the saved version; every submission is kept. */
	@Transactional
	public java.time.ZonedDateTime submit(RespondentAccess access, long version) {
		return this.neo4j.query(SUBMIT)
			.bindAll(Map.of("round", access.roundId(), "organisation", access.organisationId(), "version", version,
					"respondent", access.respondentId()))
			.fetchAs(java.time.ZonedDateTime.class)
			.mappedBy((types, row) -> row.get("submitted").asZonedDateTime())
			.one()
			.orElseThrow(() -> new InvalidParameterException("version",
					"Save first: the answers changed or were never saved"));
	}

	private Map<String, String> check(RespondentAccess access, Map<String, String> values) {
		Round round = this.rounds.find(access.roundId())
			.orElseThrow(() -> new InvalidParameterException("round", "No round " + access.roundId()));
		Set<String> fields = new HashSet<>();
		Map<String, Question> choices = new LinkedHashMap<>();
		for (Question question : round.questionnaire().questions()) {
			fields.add(question.id());
			if (question.followUp() != null) {
				fields.add(question.id() + ".followUp");
			}
			if (question.boxes()) {
				choices.put(question.id(), question);
			}
		}
		Map<String, String> checked = new LinkedHashMap<>();
		values.forEach((field, value) -> {
			if (!fields.contains(field)) {
				throw new InvalidParameterException(field, "No question " + field + " in this form");
			}
			String text = (value == null) ? "" : value.strip();
			if (choices.containsKey(field) && !text.isEmpty() && !CHOICES.contains(text)) {
				throw new InvalidParameterException(field, "Answer ja, nej or vet-ej, not " + text);
			}
			if (text.length() > TEXT_MAX) {
				throw new InvalidParameterException(field, "At most " + TEXT_MAX + " characters");
			}
			if (!text.isEmpty()) {
				checked.put(field, text);
			}
		});
		return checked;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> decode(String json) {
		return SurveyRounds.JSON.readValue(json, Map.class);
	}

}
