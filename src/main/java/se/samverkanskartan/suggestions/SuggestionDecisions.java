package se.samverkanskartan.suggestions;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import se.samverkanskartan.network.NodeId;

/**
 * Stores what users decided about suggestions, as {@code (:SuggestionDecision)} nodes
 * keyed by pair and topic. Accepting also creates the cooperation tie, in the same
 * statement, so the two never disagree.
 */
@Component
class SuggestionDecisions {

	/** The topic key of a decision that covers every topic. */
	static final String ANY_TOPIC = "*";

	static final String ACCEPT = """
			MATCH (a:Organisation {id: $a})
			MATCH (b:Organisation {id: $b})
			MERGE (d:SuggestionDecision {key: $key})
			SET d.a = $a, d.b = $b, d.topic = $topic, d.decision = $decision, d.decidedBy = $by,
			    d.decidedAt = datetime(), d.score = $score, d.reasons = $reasons
			CREATE (a)-[r:COOPERATES_WITH {id: randomUUID(), topic: $topic}]->(b)
			SET r.confidence = 'accepted', r.source = 'Samverkanskartan: godkänt förslag',
			    r.section = $provenance, r.acceptedBy = $by, r.acceptedAt = datetime(), r.basis = $reasons
			RETURN r.id AS tieId
			""";

	static final String DISMISS = """
			MATCH (a:Organisation {id: $a})
			MATCH (b:Organisation {id: $b})
			MERGE (d:SuggestionDecision {key: $key})
			SET d.a = $a, d.b = $b, d.topic = $topic, d.decision = $decision, d.decidedBy = $by,
			    d.decidedAt = datetime(), d.score = $score, d.reasons = $reasons
			RETURN d.key AS key
			""";

	static final String DISMISSED = """
			MATCH (d:SuggestionDecision {decision: 'dismissed'})
			RETURN d.key AS key
			""";

	private final Neo4jClient neo4j;

	SuggestionDecisions(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	static String key(String a, String b, String topic) {
		return SuggestionIndex.pair(a, b) + "|" + ((topic == null) ? ANY_TOPIC : topic);
	}

	/** Creates the tie and records the decision; empty if either organisation is gone. */
	java.util.Optional<String> accept(Suggestion suggestion, String topic, String by, String provenance) {
		return this.neo4j.query(ACCEPT)
			.bindAll(parameters(suggestion, topic, "accepted", by))
			.bind(provenance)
			.to("provenance")
			.fetchAs(String.class)
			.mappedBy((types, row) -> row.get("tieId").asString())
			.one();
	}

	boolean dismiss(Suggestion suggestion, String by) {
		return this.neo4j.query(DISMISS)
			.bindAll(parameters(suggestion, suggestion.topic(), "dismissed", by))
			.fetchAs(String.class)
			.mappedBy((types, row) -> row.get("key").asString())
			.one()
			.isPresent();
	}

	/** Keys of dismissed pairs, as {@link #key(String, String, String)} makes them. */
	Set<String> dismissed() {
		return new HashSet<>(this.neo4j.query(DISMISSED)
			.fetchAs(String.class)
			.mappedBy((types, row) -> row.get("key").asString())
			.all());
	}

	private static Map<String, Object> parameters(Suggestion suggestion, String topic, String decision, String by) {
		return Map.ofEntries(Map.entry("key", key(suggestion.fromId(), suggestion.toId(), topic)),
				Map.entry("a", NodeId.parse(suggestion.fromId()).toString()),
				Map.entry("b", NodeId.parse(suggestion.toId()).toString()),
				Map.entry("topic", (topic == null) ? ANY_TOPIC : topic), Map.entry("decision", decision),
				Map.entry("by", by), Map.entry("score", suggestion.score()),
				Map.entry("reasons", suggestion.reasonLine()));
	}

}
