package se.samverkanskartan.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Counts and writes an {@link ImportBatch}: nodes merged on label and key, ties merged on
 * their ends (and topic for cooperation), over Bolt; {@link InProcessGraph} does the same
 * through the Java API. The caller's transaction makes it all or nothing.
 */
@Component
class ImportWriter {

	private final Neo4jClient neo4j;

	ImportWriter(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** What the batch would create, update and leave alone in the current graph. */
	static ImportReport report(ImportBatch batch, StoredGraph.Snapshot current, boolean applied) {
		if (!batch.problems.isEmpty()) {
			return new ImportReport(batch.problems, batch.matches, 0, 0, 0, 0, 0, 0, false);
		}
		Map<String, Map<String, Object>> nodes = new HashMap<>();
		current.nodes().forEach(node -> nodes.put(node.ref().id(), node.properties()));
		Map<String, Map<String, Object>> ties = new HashMap<>();
		current.relationships().forEach(tie -> ties.put(tie.identity(), tie.properties()));
		int[] counts = new int[6];
		batch.nodes.forEach(node -> counts[compare(nodes.get(node.ref().id()), node.properties())]++);
		batch.relationships.forEach(tie -> counts[3 + compare(ties.get(tie.identity()), tie.properties())]++);
		return new ImportReport(List.of(), batch.matches, counts[0], counts[1], counts[2], counts[3], counts[4],
				counts[5], applied);
	}

	/**
	 * Writes the batch in the caller's transaction, which also read {@code current}: ties
	 * in it are updated by id, the others created.
	 */
	void write(ImportBatch batch, StoredGraph.Snapshot current) {
		Map<String, List<Map<String, Object>>> byLabel = new HashMap<>();
		for (StoredGraph.StoredNode node : batch.nodes) {
			String primary = node.labels().getFirst();
			byLabel.computeIfAbsent(primary, key -> new ArrayList<>())
				.add(Map.of("key", node.key(), "extraLabels", node.labels().subList(1, node.labels().size()),
						"properties", node.properties()));
		}
		byLabel.forEach((label, rows) -> this.neo4j.query(DumpQueries.mergeNodes(label)).bind(rows).to("rows").run());
		Map<String, String> elementIds = elementIds(batch.relationships, current.nodeIds());
		List<Map<String, Object>> created = new ArrayList<>();
		List<Map<String, Object>> updated = new ArrayList<>();
		for (StoredGraph.StoredRelationship relationship : batch.relationships) {
			String existing = current.relationshipIds().get(relationship.identity());
			if (existing != null) {
				updated.add(Map.of("id", existing, "properties", relationship.properties()));
			}
			else {
				created.add(Map.of("a", end(elementIds, relationship.from()), "b", end(elementIds, relationship.to()),
						"type", relationship.type(), "properties", relationship.properties()));
			}
		}
		this.neo4j.query(DumpQueries.UPDATE_RELATIONSHIPS).bind(updated).to("rows").run();
		this.neo4j.query(DumpQueries.CREATE_RELATIONSHIPS).bind(created).to("rows").run();
	}

	/** Element ids of the ties' ends: known from the snapshot, or looked up if new. */
	private Map<String, String> elementIds(List<StoredGraph.StoredRelationship> relationships,
			Map<String, String> known) {
		Map<String, String> ids = new HashMap<>(known);
		Map<String, List<Map<String, Object>>> byLabel = new HashMap<>();
		relationships.stream()
			.flatMap(relationship -> java.util.stream.Stream.of(relationship.from(), relationship.to()))
			.filter(ref -> !known.containsKey(ref.id()))
			.distinct()
			.forEach(ref -> byLabel.computeIfAbsent(ref.label(), key -> new ArrayList<>())
				.add(Map.of("id", ref.id(), "key", ref.key())));
		byLabel.forEach((label, refs) -> this.neo4j.query(DumpQueries.findNodes(label))
			.bind(refs)
			.to("refs")
			.fetch()
			.all()
			.forEach(row -> ids.put((String) row.get("id"), (String) row.get("elementId"))));
		return ids;
	}

	/**
	 * The rules checked every end before; a missing one is a bug, and undoes the import.
	 */
	private static String end(Map<String, String> elementIds, StoredGraph.NodeRef ref) {
		String id = elementIds.get(ref.id());
		if (id == null) {
			throw new IllegalStateException("No node for " + ref.id());
		}
		return id;
	}

	/** 0 new, 1 changed, 2 the same; values compared as the dump writes them. */
	private static int compare(Map<String, Object> before, Map<String, Object> after) {
		if (before == null) {
			return 0;
		}
		Map<String, Object> merged = new HashMap<>(before);
		merged.putAll(after);
		return Objects.equals(normalised(merged), normalised(before)) ? 2 : 1;
	}

	private static Map<String, String> normalised(Map<String, Object> properties) {
		Map<String, String> out = new HashMap<>();
		properties.forEach((name, value) -> out.put(name, DumpWriter.value(value).toString()));
		return out;
	}

}
