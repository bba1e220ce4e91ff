package se.samverkanskartan.exchange;

/**
 * The Cypher behind the import. Labels and relationship types come in as parameters
 * through Cypher's dynamic {@code $(...)} syntax; the key property name is one of the
 * fixed names in {@link DumpFormat#KEYS}, never text from the file.
 */
final class DumpQueries {

	static final String MERGE_COOPERATION = """
			UNWIND $rows AS row
			MATCH (a) WHERE elementId(a) = row.a
			MATCH (b) WHERE elementId(b) = row.b
			MERGE (a)-[r:COOPERATES_WITH {topic: row.topic}]->(b)
			SET r += row.properties
			""";

	static final String MERGE_RELATIONSHIPS = """
			UNWIND $rows AS row
			MATCH (a) WHERE elementId(a) = row.a
			MATCH (b) WHERE elementId(b) = row.b
			MERGE (a)-[r:$(row.type)]->(b)
			SET r += row.properties
			""";

	private DumpQueries() {
	}

	static String mergeNodes(String keyProperty) {
		return """
				UNWIND $rows AS row
				MERGE (n:$(row.label) {%s: row.key})
				SET n += row.properties
				FOREACH (extra IN row.extraLabels | SET n:$(extra))
				""".formatted(checked(keyProperty));
	}

	static String findNodes(String keyProperty) {
		return """
				UNWIND $refs AS ref
				MATCH (n:$(ref.label) {%s: ref.key})
				RETURN ref.id AS id, elementId(n) AS elementId
				""".formatted(checked(keyProperty));
	}

	private static String checked(String keyProperty) {
		if (!DumpFormat.KEYS.containsValue(keyProperty)) {
			throw new IllegalArgumentException("Not a key property: " + keyProperty);
		}
		return keyProperty;
	}

}
