package se.samverkanskartan.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * An import's transaction over Bolt and Cypher (an external Neo4j): nodes merged on label
 * and key, ties created or updated by id. The caller's transaction makes it all or
 * nothing.
 */
@Component
class BoltGraph implements ImportGraph {

	private final Neo4jClient neo4j;

	private final StoredGraph stored;

	BoltGraph(Neo4jClient neo4j, StoredGraph stored) {
		this.neo4j = neo4j;
		this.stored = stored;
	}

	@Override
	public StoredGraph.Snapshot read() {
		return this.stored.read();
	}

	/**
	 * Writes the batch in the caller's transaction, which also read {@code current}: ties
	 * in it are updated by id, the others created.
	 */
	@Override
	public void write(ImportBatch batch, StoredGraph.Snapshot current) {
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

	@Override
	public void clear() {
		this.neo4j.query(StoredGraph.CLEAR).run();
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

}
