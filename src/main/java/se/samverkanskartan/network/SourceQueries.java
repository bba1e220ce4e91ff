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
			RETURN r.id AS id, type(r) AS type,
			       [l IN labels(a) WHERE l IN $kindLabels][0] AS alabel, coalesce(a.code, a.slug) AS akey, a.name AS aname,
			       [l IN labels(b) WHERE l IN $kindLabels][0] AS blabel, coalesce(b.code, b.slug) AS bkey, b.name AS bname,
			       t.slug AS slug, t.nameSv AS nameSv, t.nameEn AS nameEn, t.color AS color,
			       r.confidence AS confidence, r.extent AS extent, r.source AS source, r.section AS section, r.quote AS quote,
			       r.since AS since, r.until AS until
			""";

	/** One drawn tie by its stable id; each branch an index seek. */
	static final String TIE = """
			CALL () {
			  MATCH (a:Organisation)-[r:COOPERATES_WITH {id: $id}]->(b:Organisation) RETURN a, r, b
			  UNION MATCH (a:Organisation)-[r:MEMBER_OF {id: $id}]->(b:Organisation) RETURN a, r, b
			  UNION MATCH (a:Organisation)-[r:PART_OF {id: $id}]->(b:Organisation) RETURN a, r, b
			  UNION MATCH (a:Organisation)-[r:CONVENES {id: $id}]->(b:Organisation) RETURN a, r, b
			  UNION MATCH (a:Organisation)-[r:COVERS {id: $id}]->(b:Organisation) RETURN a, r, b
			  UNION MATCH (a:Organisation)-[r:BORDERS {id: $id}]->(b:Organisation) RETURN a, r, b
			}
			""" + EVIDENCE;

	/**
	 * The stable id of a tie an address named before ties had one (its old element id).
	 */
	static final String LEGACY_TIE = """
			MATCH ()-[r]->() WHERE r.legacyId = $id
			RETURN r.id AS id
			""";

	static final String TIES_OF = """
			MATCH (o:Organisation {id: $id})-[r]-(:Organisation) USING INDEX SEEK o:Organisation(id)
			WHERE r.quote IS NOT NULL
			WITH DISTINCT r
			WITH startNode(r) AS a, r, endNode(r) AS b
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
