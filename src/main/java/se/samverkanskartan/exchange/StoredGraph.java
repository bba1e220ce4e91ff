package se.samverkanskartan.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The whole stored graph as labels, keys and properties (migration bookkeeping left out),
 * for the dump and for comparing an import with what is there.
 */
@Component
class StoredGraph {

	private static final String NODES = """
			MATCH (n) WHERE NOT n:__Migration
			RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS properties
			""";

	private static final String RELATIONSHIPS = """
			MATCH (a)-[r]->(b) WHERE NOT a:__Migration AND NOT b:__Migration
			RETURN elementId(a) AS a, elementId(b) AS b, elementId(r) AS id, type(r) AS type,
			       properties(r) AS properties
			""";

	/**
	 * What a restore removes: everything but accounts, their API tokens and migration
	 * records.
	 */
	static final String CLEAR = "MATCH (n) WHERE NOT n:__Migration AND NOT n:User AND NOT n:ApiToken DETACH DELETE n";

	private final Neo4jClient neo4j;

	StoredGraph(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	record NodeRef(String label, Object key) {

		/** Keys compare as text, so that 180 and "180" are not two nodes. */
		String id() {
			return this.label + ":" + this.key;
		}

	}

	record StoredNode(List<String> labels, Object key, Map<String, Object> properties) {

		NodeRef ref() {
			return new NodeRef(DumpFormat.primaryLabel(this.labels), this.key);
		}

	}

	record StoredRelationship(String type, NodeRef from, NodeRef to, Map<String, Object> properties) {

		/** What an import merges on: type, ends, and the topic of a cooperation tie. */
		String identity() {
			return this.type + "|" + this.from.id() + "|" + this.to.id() + "|"
					+ ("COOPERATES_WITH".equals(this.type) ? this.properties.get("topic") : "");
		}

	}

	/**
	 * The graph, with the database's element ids of its nodes (by {@link NodeRef#id()})
	 * and relationships (by {@link StoredRelationship#identity()}), so that an import in
	 * the same transaction writes to them without looking them up again.
	 */
	record Snapshot(List<StoredNode> nodes, List<StoredRelationship> relationships, Map<String, String> nodeIds,
			Map<String, String> relationshipIds) {

	}

	Snapshot read() {
		return snapshot(this.neo4j.query(NODES).fetch().all(), this.neo4j.query(RELATIONSHIPS).fetch().all());
	}

	/**
	 * Builds the snapshot from rows shaped as {@link #NODES} and {@link #RELATIONSHIPS}
	 * return them, wherever they were read.
	 */
	@SuppressWarnings("unchecked")
	static Snapshot snapshot(Iterable<Map<String, Object>> nodeRows, Iterable<Map<String, Object>> relationshipRows) {
		Map<String, NodeRef> refs = new HashMap<>();
		Map<String, String> nodeIds = new HashMap<>();
		Map<String, String> relationshipIds = new HashMap<>();
		List<StoredNode> nodes = new ArrayList<>();
		for (Map<String, Object> row : nodeRows) {
			List<String> labels = new ArrayList<>((List<String>) row.get("labels"));
			String primary = DumpFormat.primaryLabel(labels);
			if (primary == null) {
				continue;
			}
			labels.remove(primary);
			labels.sort(null);
			labels.addFirst(primary);
			Map<String, Object> properties = (Map<String, Object>) row.get("properties");
			StoredNode node = new StoredNode(List.copyOf(labels), properties.get(DumpFormat.KEYS.get(primary)),
					properties);
			refs.put((String) row.get("id"), node.ref());
			nodeIds.put(node.ref().id(), (String) row.get("id"));
			nodes.add(node);
		}
		List<StoredRelationship> relationships = new ArrayList<>();
		for (Map<String, Object> row : relationshipRows) {
			NodeRef from = refs.get((String) row.get("a"));
			NodeRef to = refs.get((String) row.get("b"));
			if (from != null && to != null) {
				var relationship = new StoredRelationship((String) row.get("type"), from, to,
						(Map<String, Object>) row.get("properties"));
				relationships.add(relationship);
				relationshipIds.put(relationship.identity(), (String) row.get("id"));
			}
		}
		nodes.sort(java.util.Comparator.comparing(node -> node.ref().id()));
		relationships.sort(java.util.Comparator.comparing((StoredRelationship r) -> r.type())
			.thenComparing(r -> r.from().id())
			.thenComparing(r -> r.to().id())
			.thenComparing(r -> String.valueOf(r.properties().get("topic"))));
		return new Snapshot(nodes, relationships, nodeIds, relationshipIds);
	}

}
