package se.samverkanskartan.network;

/** The Cypher behind {@link SourceService}; every value comes in as a parameter. */
final class SourceQueries {

	static final String ABOUT = """
			MATCH (s:Source {slug: 'storsthlm-2020'})
			OPTIONAL MATCH (q:SurveyQuestion)-[:REPORTED_IN]->(s)
			WITH s, q ORDER BY q.order
			RETURN s, collect(q) AS answers
			""";

	private static final String EVIDENCE = """
			WITH a, r, b
			OPTIONAL MATCH (t:Topic {slug: r.topic})
			RETURN elementId(r) AS id, type(r) AS type,
			       [l IN labels(a) WHERE l IN $kindLabels][0] AS alabel, coalesce(a.code, a.slug) AS akey, a.name AS aname,
			       [l IN labels(b) WHERE l IN $kindLabels][0] AS blabel, coalesce(b.code, b.slug) AS bkey, b.name AS bname,
			       t.slug AS slug, t.nameSv AS nameSv, t.nameEn AS nameEn, t.color AS color,
			       r.confidence AS confidence, r.extent AS extent, r.source AS source, r.section AS section, r.quote AS quote,
			       r.since AS since, r.until AS until
			""";

	static final String TIE = """
			MATCH (a:Organisation)-[r]->(b:Organisation)
			WHERE elementId(r) = $id
			""" + EVIDENCE;

	static final String TIES_OF = """
			MATCH (o:Organisation)
			WHERE $label IN labels(o) AND o[$keyProperty] = $key
			MATCH (a:Organisation)-[r]->(b:Organisation)
			WHERE (a = o OR b = o) AND r.quote IS NOT NULL
			""" + EVIDENCE + """
			ORDER BY type, nameSv, aname, bname
			""";

	static final String ALL = """
			MATCH (a:Organisation)-[r]->(b:Organisation)
			WHERE r.quote IS NOT NULL
			""" + EVIDENCE + """
			ORDER BY section, type, aname, bname
			""";

	private SourceQueries() {
	}

}
