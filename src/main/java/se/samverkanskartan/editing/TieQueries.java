package se.samverkanskartan.editing;

/** The Cypher behind {@link TieEditing}; every value comes in as a parameter. */
final class TieQueries {

	private static final String KIND = "[l IN labels(%s) WHERE l IN $kindLabels][0]";

	/** Cooperation ties, and the dated structural ties whose period may be edited. */
	static final String LOAD = """
			MATCH (a:Organisation)-[r]->(b:Organisation)
			WHERE elementId(r) = $id AND type(r) IN ['COOPERATES_WITH', 'MEMBER_OF', 'PART_OF', 'CONVENES']
			RETURN elementId(r) AS id, %s AS alabel, coalesce(a.code, a.slug) AS akey, a.name AS aname,
			       %s AS blabel, coalesce(b.code, b.slug) AS bkey, b.name AS bname,
			       r.topic AS topic, r.since AS since, r.until AS until, r.confidence AS confidence,
			       r.source AS source, r.section AS section, r.quote AS quote, coalesce(r.version, 0) AS version
			""".formatted(KIND.formatted("a"), KIND.formatted("b"));

	static final String CREATE = """
			MATCH (a:Organisation) WHERE $aLabel IN labels(a) AND a[$aKeyProperty] = $aKey
			MATCH (b:Organisation) WHERE $bLabel IN labels(b) AND b[$bKeyProperty] = $bKey
			CREATE (a)-[r:COOPERATES_WITH {topic: $topic}]->(b)
			SET r.since = $since, r.until = $until, r.confidence = $confidence, r.source = $source,
			    r.section = $section, r.quote = $quote, r.version = 1
			RETURN elementId(r) AS id
			""";

	static final String UPDATE = """
			MATCH ()-[r:COOPERATES_WITH]->() WHERE elementId(r) = $id AND coalesce(r.version, 0) = $version
			SET r.topic = $topic, r.since = $since, r.until = $until, r.confidence = $confidence,
			    r.source = $source, r.section = $section, r.quote = $quote, r.version = $version + 1
			RETURN r.version AS version
			""";

	/** Memberships and district ties: only the period and its source change. */
	static final String UPDATE_PERIOD = """
			MATCH ()-[r]->() WHERE elementId(r) = $id AND coalesce(r.version, 0) = $version
			  AND type(r) IN ['MEMBER_OF', 'PART_OF', 'CONVENES']
			SET r.since = $since, r.until = $until, r.source = $source, r.section = $section, r.quote = $quote,
			    r.version = $version + 1
			RETURN r.version AS version
			""";

	static final String DELETE = """
			MATCH ()-[r:COOPERATES_WITH]->() WHERE elementId(r) = $id AND coalesce(r.version, 0) = $version
			DELETE r
			RETURN 1 AS deleted
			""";

	static final String EXISTS = """
			MATCH (a:Organisation)-[r:COOPERATES_WITH {topic: $topic}]-(b:Organisation)
			WHERE $aLabel IN labels(a) AND a[$aKeyProperty] = $aKey AND $bLabel IN labels(b) AND b[$bKeyProperty] = $bKey
			  AND ($id IS NULL OR elementId(r) <> $id)
			RETURN count(r) > 0 AS exists
			""";

	static final String ORGANISATION = """
			MATCH (o:Organisation) WHERE $label IN labels(o) AND o[$keyProperty] = $key RETURN o.name AS name
			""";

	static final String TOPIC = "MATCH (t:Topic {slug: $slug}) RETURN t.nameSv AS name";

	private TieQueries() {
	}

}
