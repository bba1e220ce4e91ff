package se.samverkanskartan.editing;

/**
 * The Cypher behind {@link TieEditing}; every value comes in as a parameter. Ties and
 * organisations are found by their stable ids through the uniqueness indexes.
 */
final class TieQueries {

	/** One tie of the types an editor works on, by id; each branch an index seek. */
	private static final String FIND_EDITABLE = """
			CALL () {
			  MATCH (a:Organisation)-[r:COOPERATES_WITH {id: $id}]->(b:Organisation) RETURN a, r, b
			  UNION MATCH (a:Organisation)-[r:MEMBER_OF {id: $id}]->(b:Organisation) RETURN a, r, b
			  UNION MATCH (a:Organisation)-[r:PART_OF {id: $id}]->(b:Organisation) RETURN a, r, b
			  UNION MATCH (a:Organisation)-[r:CONVENES {id: $id}]->(b:Organisation) RETURN a, r, b
			}
			""";

	/** Cooperation ties, and the dated structural ties whose period may be edited. */
	static final String LOAD = FIND_EDITABLE + """
			RETURN r.id AS id, a.id AS fromId, b.id AS toId, type(r) AS type,
			       r.topic AS topic, r.since AS since, r.until AS until, r.confidence AS confidence,
			       r.source AS source, r.section AS section, r.quote AS quote, r.frequency AS frequency,
			       r.cooperationForm AS cooperationForm, r.confirmedIn AS confirmedIn, r.confirmedOn AS confirmedOn,
			       coalesce(r.version, 0) AS version,
			       properties(r) AS properties
			""";

	static final String CREATE = """
			MATCH (a:Organisation {id: $fromId})
			MATCH (b:Organisation {id: $toId})
			CREATE (a)-[r:COOPERATES_WITH {id: $newId, topic: $topic}]->(b)
			SET r.since = $since, r.until = $until, r.confidence = $confidence, r.source = $source,
			    r.section = $section, r.quote = $quote, r.frequency = $frequency, r.cooperationForm = $cooperationForm,
			    r.confirmedIn = $confirmedIn, r.confirmedOn = $confirmedOn, r.version = 1
			RETURN r.id AS id
			""";

	/** A deleted tie back with its id and every property it had. */
	static final String RESTORE = """
			MATCH (a:Organisation {id: $fromId})
			MATCH (b:Organisation {id: $toId})
			CREATE (a)-[r:$($type)]->(b)
			SET r = $properties
			RETURN r.id AS id
			""";

	/** Run first in a transaction that saves or deletes the tie. */
	static final String LOCK = VersionLock.lock(FIND_EDITABLE + "WITH r AS x");

	static final String UPDATE = """
			MATCH ()-[r:COOPERATES_WITH {id: $id}]->() USING INDEX SEEK r:COOPERATES_WITH(id)
			WHERE coalesce(r.version, 0) = $version
			SET r.topic = $topic, r.since = $since, r.until = $until, r.confidence = $confidence,
			    r.source = $source, r.section = $section, r.quote = $quote, r.frequency = $frequency,
			    r.cooperationForm = $cooperationForm, r.confirmedIn = $confirmedIn, r.confirmedOn = $confirmedOn,
			    r.version = $version + 1
			RETURN r.version AS version
			""";

	/** Memberships and district ties: only the period and its source change. */
	static final String UPDATE_PERIOD = """
			CALL () {
			  MATCH ()-[r:MEMBER_OF {id: $id}]->() RETURN r
			  UNION MATCH ()-[r:PART_OF {id: $id}]->() RETURN r
			  UNION MATCH ()-[r:CONVENES {id: $id}]->() RETURN r
			}
			WITH r WHERE coalesce(r.version, 0) = $version
			SET r.since = $since, r.until = $until, r.source = $source, r.section = $section, r.quote = $quote,
			    r.version = $version + 1
			RETURN r.version AS version
			""";

	static final String DELETE = """
			MATCH ()-[r:COOPERATES_WITH {id: $id}]->() USING INDEX SEEK r:COOPERATES_WITH(id)
			WHERE coalesce(r.version, 0) = $version
			DELETE r
			RETURN 1 AS deleted
			""";

	static final String EXISTS = """
			MATCH (a:Organisation {id: $fromId})-[r:COOPERATES_WITH {topic: $topic}]-(b:Organisation {id: $toId})
			WHERE $id IS NULL OR r.id <> $id
			RETURN count(r) > 0 AS exists
			""";

	static final String ORGANISATION = "MATCH (o:Organisation {id: $id}) RETURN o.name AS name";

	static final String TOPIC = "MATCH (t:Topic {slug: $slug}) RETURN t.nameSv AS name";

	private TieQueries() {
	}

}
