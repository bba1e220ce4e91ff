package se.samverkanskartan.review;

/** The Cypher behind {@link ReviewQueue}; every value comes in as a parameter. */
final class ReviewQueries {

	/**
	 * An organisation's cooperation ties and forum memberships on the day it answered
	 * (one the answer ended stays in its review), with when an editor last changed each.
	 */
	static final String TIES = """
			MATCH (o:Organisation {id: $organisation})-[t:COOPERATES_WITH|MEMBER_OF]-(p:Organisation)
			WHERE t.until IS NULL OR t.until >= $answered
			CALL (t) { MATCH (c:Change {tieId: t.id}) RETURN max(c.at) AS changed }
			RETURN t.id AS id, p.id AS partnerId, t.topic AS topic, changed,
			       t.since AS since, t.until AS until, t.source AS source, t.frequency AS frequency""";

	static final String NEEDS = """
			MATCH (:Organisation {id: $organisation})-[:WANTS_COOPERATION_ON]->(t:Topic) RETURN t.slug AS slug""";

	static final String NAMES = "MATCH (o:Organisation) WHERE o.id IN $ids RETURN o.id AS id, o.name AS name";

	static final String DECISIONS = """
			MATCH (d:ReviewDecision) WHERE d.key IN $keys AND d.decision IS NOT NULL
			RETURN d.key AS key, d.decision AS decision, d.by AS by, d.at AS at, d.kind AS kind""";

	/** Takes the proposal's decision lock; a decision already taken is returned. */
	static final String LOCK = """
			MERGE (d:ReviewDecision {key: $key})
			SET d._lock = true REMOVE d._lock
			RETURN d.decision AS decision""";

	static final String DECIDE = """
			MATCH (d:ReviewDecision {key: $key})
			SET d.decision = $decision, d.by = $by, d.at = datetime(), d.kind = $kind, d.roundId = $round,
			    d.organisationId = $organisation""";

	/** How many accepted decisions of a round there are of each kind. */
	static final String ACCEPTED = """
			MATCH (d:ReviewDecision {roundId: $round, decision: 'accepted'})
			RETURN d.kind AS kind, count(*) AS count""";

	private ReviewQueries() {
	}

}
