package se.samverkanskartan.survey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Pre-fills a form that nobody has saved yet, so that a repeat round takes minutes: from
 * the organisation's latest answers submitted in an earlier round, else from its ties in
 * the map today (cooperation by partner with its topics, and the forums it takes part
 * in). Each partner carried is asked "Stämmer detta fortfarande?".
 */
@Service
class CarryForward {

	private static final String EARLIER_ROUND = """
			MATCH (:Organisation {id: $organisation})<-[:FOR]-(a:SurveyAnswer)-[:IN_ROUND]->(r:SurveyRound)
			WHERE r.id <> $round AND a.submitted IS NOT NULL
			MATCH (a)-[:SUBMITTED]->(s:Submission)
			RETURN r.name AS round, s.values AS values, s.partners AS partners
			ORDER BY s.at DESC LIMIT 1""";

	private static final String TIES = """
			CALL () {
			  MATCH (:Organisation {id: $organisation})-[r:COOPERATES_WITH]-(p:Organisation)
			  WHERE r.until IS NULL OR r.until >= $today
			  WITH p, collect(DISTINCT r.topic) AS topics, min(r.since) AS since
			  RETURN p, topics, since, null AS form
			  UNION
			  MATCH (:Organisation {id: $organisation})-[r:MEMBER_OF|CONVENES]->(p:Forum)
			  WHERE r.until IS NULL OR r.until >= $today
			  RETURN p, [] AS topics, r.since AS since, 'gemensamt-forum' AS form
			}
			WITH p, topics, since, form
			WHERE p.id IS NOT NULL AND (p.validTo IS NULL OR p.validTo >= $today)
			RETURN p.id AS partner, topics, CASE WHEN since IS :: DATE THEN since.year END AS since, form
			ORDER BY form IS NOT NULL, p.name""";

	private final Neo4jClient neo4j;

	CarryForward(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	FormAnswers prefill(RespondentAccess access, LocalDate today) {
		Map<String, Object> key = Map.of("organisation", access.organisationId(), "round", access.roundId(), "today",
				today);
		var earlier = this.neo4j.query(EARLIER_ROUND).bindAll(key).fetch().one();
		if (earlier.isPresent()) {
			Map<String, Object> row = earlier.get();
			List<PartnerAnswer> partners = new ArrayList<>();
			for (PartnerAnswer partner : AnswerJson.partners((String) row.get("partners"))) {
				if (!"upphort".equals(partner.still())) {
					partners.add(partner.carriedForward());
				}
			}
			return new FormAnswers(AnswerJson.values((String) row.get("values")), partners, 0, null,
					(String) row.get("round"));
		}
		List<PartnerAnswer> ties = List.copyOf(
				this.neo4j.query(TIES)
					.bindAll(key)
					.fetchAs(PartnerAnswer.class)
					.mappedBy((types, row) -> new PartnerAnswer(row.get("partner").asString(), null,
							row.get("topics").asList(value -> value.asString()), null,
							row.get("form").isNull() ? null : row.get("form").asString(), null, null, true, null)
						.withSince(row.get("since").isNull() ? null : row.get("since").asInt()))
					.all());
		return new FormAnswers(Map.of(), ties, 0, null, ties.isEmpty() ? null : FormAnswers.FROM_THE_MAP);
	}

}
