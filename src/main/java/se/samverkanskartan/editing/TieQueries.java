package se.samverkanskartan.editing;

/** The Cypher behind {@link TieEditing}; every value comes in as a parameter. */
final class TieQueries {

	private static final String KIND = "[l IN labels(%s) WHERE l IN $kindLabels][0]";

	static final String LOAD = """
			MATCH (a:Organisation)-[r:COOPERATES_WITH]->(b:Organisation) WHERE elementId(r) = $id
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

	static final String RECORD = """
			CREATE (c:Change {id: $id, at: datetime(), by: $by, kind: $kind, tieId: $tieId, summary: $summary,
			                  before: $before, after: $after})
			""";

	static final String CHANGES = """
			MATCH (c:Change) WHERE $tieId IS NULL OR c.tieId = $tieId
			RETURN c.id AS id, c.at AS at, c.by AS by, c.kind AS kind, c.tieId AS tieId, c.summary AS summary,
			       c.before AS before, c.after AS after
			ORDER BY c.at DESC LIMIT $limit
			""";

	private TieQueries() {
	}

}
