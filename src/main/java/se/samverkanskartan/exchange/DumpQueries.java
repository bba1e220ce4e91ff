package se.samverkanskartan.exchange;

/**
 * The Cypher behind the import. Relationship types and extra labels come in as parameters
 * through Cypher's dynamic {@code $(...)} syntax; primary labels and key properties are
 * the fixed names of {@link DumpFormat#KEYS}, never text from the file.
 */
final class DumpQueries {

	/*
	 * Ties are created or updated, not merged: the import's snapshot, read in the same
	 * transaction, tells which exist, and MERGE's search of both ends per row took twice
	 * as long (docs/benchmarks.md).
	 */
	static final String CREATE_RELATIONSHIPS = """
			UNWIND $rows AS row
			MATCH (a) WHERE elementId(a) = row.a
			MATCH (b) WHERE elementId(b) = row.b
			CREATE (a)-[r:$(row.type)]->(b)
			SET r = row.properties
			""";

	static final String UPDATE_RELATIONSHIPS = """
			UNWIND $rows AS row
			MATCH ()-[r]->() WHERE elementId(r) = row.id
			SET r += row.properties
			""";

	private DumpQueries() {
	}

	/**
	 * Merges nodes of one primary label. The label and its key property are written into
	 * the query (both fixed names from {@link DumpFormat#KEYS}) so that MERGE uses the
	 * uniqueness constraint's index; a dynamic label would scan every node per row.
	 */
	static String mergeNodes(String label) {
		return """
				UNWIND $rows AS row
				MERGE (n:`%s` {`%s`: row.key})
				SET n += row.properties
				FOREACH (extra IN row.extraLabels | SET n:$(extra))
				""".formatted(checked(label), DumpFormat.KEYS.get(label));
	}

	static String findNodes(String label) {
		return """
				UNWIND $refs AS ref
				MATCH (n:`%s` {`%s`: ref.key})
				RETURN ref.id AS id, elementId(n) AS elementId
				""".formatted(checked(label), DumpFormat.KEYS.get(label));
	}

	private static String checked(String label) {
		if (!DumpFormat.KEYS.containsKey(label)) {
			throw new IllegalArgumentException("Not a primary label: " + label);
		}
		return label;
	}

}
