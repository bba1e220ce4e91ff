package se.samverkanskartan.network;

/** The Cypher behind {@link NetworkService}; every value comes in as a parameter. */
final class NetworkQueries {

	private static final String KIND_OF = "[l IN labels(%s) WHERE l IN $kindLabels][0]";

	private static final String KEY_OF = "coalesce(%1$s.code, %1$s.slug)";

	static final String NODES = """
			MATCH (o:Organisation)
			RETURN %s AS label, %s AS key, o.name AS name, o.lat AS lat, o.lon AS lon, o.actorType AS actorType,
			       o.validFrom AS validFrom, o.validTo AS validTo
			ORDER BY name
			""".formatted(KIND_OF.formatted("o"), KEY_OF.formatted("o"));

	static final String EDGES = """
			MATCH (a:Organisation)-[r]->(b:Organisation)
			WHERE type(r) IN $types
			RETURN r.id AS id, type(r) AS type, r.topic AS topic, r.confidence AS confidence,
			       r.since AS since, r.until AS until,
			       %s AS alabel, %s AS akey, %s AS blabel, %s AS bkey
			ORDER BY id
			""".formatted(KIND_OF.formatted("a"), KEY_OF.formatted("a"), KIND_OF.formatted("b"), KEY_OF.formatted("b"));

	static final String TOPICS = """
			MATCH (t:Topic)
			RETURN t.slug AS slug, t.nameSv AS nameSv, t.nameEn AS nameEn, t.color AS color
			ORDER BY t.nameSv
			""";

	private static final String FIND = """
			MATCH (o:Organisation {id: $id}) USING INDEX SEEK o:Organisation(id)
			""";

	static final String ORGANISATION = FIND + """
			OPTIONAL MATCH (police:Actor)-[:COVERS]->(o)
			OPTIONAL MATCH (o)-[:PART_OF]->(parent:Organisation)
			WITH o, collect(DISTINCT police.name) AS policeAreas, head(collect(parent.name)) AS partOf
			RETURN %s AS label, %s AS key, o.name AS name, o.lat AS lat, o.lon AS lon,
			       o.population AS population, o.populationYear AS populationYear, o.areaKm2 AS areaKm2,
			       o.county AS county, o.actorType AS actorType, o.partnerRank AS partnerRank,
			       policeAreas, partOf, o.validFrom AS validFrom, o.validTo AS validTo,
			       o.section AS section, o.quote AS quote
			""".formatted(KIND_OF.formatted("o"), KEY_OF.formatted("o"));

	private static final String PARTNER = "%s AS plabel, %s AS pkey, p.name AS pname".formatted(KIND_OF.formatted("p"),
			KEY_OF.formatted("p"));

	static final String COOPERATION = FIND + """
			MATCH (o)-[r:COOPERATES_WITH]-(p:Organisation)
			MATCH (t:Topic {slug: r.topic})
			RETURN t.slug AS slug, t.nameSv AS nameSv, t.nameEn AS nameEn, t.color AS color,
			       %s, r.confidence AS confidence, r.quote AS quote, r.id AS tieId
			ORDER BY pname
			""".formatted(PARTNER);

	static final String FORUMS = FIND + """
			MATCH (o)-[r:MEMBER_OF|CONVENES]->(p:Forum)
			RETURN %s, r.confidence AS confidence, r.quote AS quote, r.id AS tieId
			ORDER BY pname
			""".formatted(PARTNER);

	static final String MEMBERS = FIND + """
			MATCH (p:Organisation)-[r:MEMBER_OF]->(o)
			RETURN %s, r.confidence AS confidence, r.quote AS quote, r.id AS tieId
			ORDER BY pname
			""".formatted(PARTNER);

	static final String NEEDS = FIND + """
			MATCH (o)-[w:WANTS_COOPERATION_ON]->(t:Topic)
			RETURN t.slug AS slug, t.nameSv AS nameSv, t.nameEn AS nameEn, t.color AS color, w.quote AS quote
			ORDER BY nameSv
			""";

	static final String PROFILES = """
			MATCH (o:Organisation)
			WHERE o.population IS NOT NULL OR o.county IS NOT NULL
			RETURN %s AS label, %s AS key, o.population AS population, o.county AS county
			""".formatted(KIND_OF.formatted("o"), KEY_OF.formatted("o"));

	static final String WANTS = """
			MATCH (o:Organisation)-[:WANTS_COOPERATION_ON]->(t:Topic)
			RETURN %s AS label, %s AS key, t.slug AS slug
			""".formatted(KIND_OF.formatted("o"), KEY_OF.formatted("o"));

	static final String WORKS_ON = """
			MATCH (o:Organisation)-[:WORKS_ON]->(t:Topic)
			RETURN %s AS label, %s AS key, t.slug AS slug
			""".formatted(KIND_OF.formatted("o"), KEY_OF.formatted("o"));

	private NetworkQueries() {
	}

}
