package se.samverkanskartan.survey;

import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each organisation's last submission in a round: what review turns into proposed changes
 * and results count. An organisation deleted or merged into another since keeps its
 * answers (found by the answers' key), without a name.
 */
@Service
public class SurveySubmissions {

	private static final String LATEST = """
			MATCH (:SurveyRound {id: $round})<-[:IN_ROUND]-(a:SurveyAnswer)-[:SUBMITTED]->(s:Submission)
			WITH a, s ORDER BY s.at DESC
			WITH a, collect(s)[0] AS s
			OPTIONAL MATCH (a)-[:FOR]->(o:Organisation)
			WITH a, s, o, substring(a.key, size($round) + 1) AS organisationId
			// Merged into another since: the answers were moved with its ties, but they are not the other's
			RETURN organisationId, CASE WHEN o.id = organisationId THEN o.name END AS name, s.id AS submissionId,
			       s.at AS at, s.values AS values, s.partners AS partners
			ORDER BY coalesce(o.name, organisationId)""";

	private final Neo4jClient neo4j;

	SurveySubmissions(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	@Transactional(readOnly = true)
	public List<SubmittedAnswer> latest(String roundId) {
		return List.copyOf(this.neo4j.query(LATEST)
			.bindAll(Map.of("round", String.valueOf(roundId)))
			.fetchAs(SubmittedAnswer.class)
			.mappedBy((types, row) -> new SubmittedAnswer(row.get("organisationId").asString(),
					row.get("name").asString(null), row.get("submissionId").asString(), row.get("at").asZonedDateTime(),
					AnswerJson.values(row.get("values").asString(null)),
					AnswerJson.partners(row.get("partners").asString(null))))
			.all());
	}

}
