package se.samverkanskartan.exchange;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;

/**
 * An import's transaction through the embedded database's Java API: the same snapshot as
 * {@link StoredGraph} and the same changes as {@link BoltGraph}, without Bolt and without
 * planning and running Cypher for each batch (docs/benchmarks.md).
 */
final class InProcessGraph implements ImportGraph {

	private static final Label MIGRATION = Label.label("__Migration");

	private final Transaction tx;

	InProcessGraph(Transaction tx) {
		this.tx = tx;
	}

	/** The stored graph, in the shape {@link StoredGraph#snapshot} builds it from. */
	@Override
	public StoredGraph.Snapshot read() {
		List<Map<String, Object>> nodes = new ArrayList<>();
		try (var all = this.tx.getAllNodes().iterator()) {
			all.forEachRemaining(node -> {
				if (!node.hasLabel(MIGRATION)) {
					List<String> labels = StreamSupport.stream(node.getLabels().spliterator(), false)
						.map(Label::name)
						.toList();
					nodes.add(Map.of("id", node.getElementId(), "labels", labels, "properties", properties(node)));
				}
			});
		}
		List<Map<String, Object>> relationships = new ArrayList<>();
		try (var all = this.tx.getAllRelationships().iterator()) {
			all.forEachRemaining(tie -> relationships
				.add(Map.of("a", tie.getStartNode().getElementId(), "b", tie.getEndNode().getElementId(), "id",
						tie.getElementId(), "type", tie.getType().name(), "properties", properties(tie))));
		}
		return StoredGraph.snapshot(nodes, relationships);
	}

	@Override
	public void write(ImportBatch batch, StoredGraph.Snapshot current) {
		Map<String, Node> written = new HashMap<>();
		for (StoredGraph.StoredNode stored : batch.nodes) {
			StoredGraph.NodeRef ref = stored.ref();
			Node node = find(ref, current);
			if (node == null) {
				node = this.tx.createNode(Label.label(ref.label()));
				node.setProperty(DumpFormat.KEYS.get(ref.label()), storable(ref.key()));
			}
			for (String label : stored.labels().subList(1, stored.labels().size())) {
				node.addLabel(Label.label(label));
			}
			add(node, stored.properties());
			written.put(ref.id(), node);
		}
		for (StoredGraph.StoredRelationship stored : batch.relationships) {
			String existing = current.relationshipIds().get(stored.identity());
			if (existing != null) {
				add(this.tx.getRelationshipByElementId(existing), stored.properties());
			}
			else {
				Relationship tie = end(stored.from(), written, current)
					.createRelationshipTo(end(stored.to(), written, current), RelationshipType.withName(stored.type()));
				add(tie, stored.properties());
			}
		}
	}

	@Override
	public void clear() {
		this.tx.execute(StoredGraph.CLEAR).close();
	}

	private Node find(StoredGraph.NodeRef ref, StoredGraph.Snapshot current) {
		String id = current.nodeIds().get(ref.id());
		if (id != null) {
			return this.tx.getNodeByElementId(id);
		}
		return this.tx.findNode(Label.label(ref.label()), DumpFormat.KEYS.get(ref.label()), storable(ref.key()));
	}

	/**
	 * The rules checked every end before; a missing one is a bug, and undoes the import.
	 */
	private Node end(StoredGraph.NodeRef ref, Map<String, Node> written, StoredGraph.Snapshot current) {
		Node node = written.get(ref.id());
		if (node == null) {
			node = find(ref, current);
		}
		if (node == null) {
			throw new IllegalStateException("No node for " + ref.id());
		}
		written.put(ref.id(), node);
		return node;
	}

	/** As Cypher's {@code SET e += properties}: a null removes the property. */
	private static void add(Entity entity, Map<String, Object> properties) {
		properties.forEach((name, value) -> {
			if (value == null) {
				entity.removeProperty(name);
			}
			else {
				entity.setProperty(name, storable(value));
			}
		});
	}

	/** As Cypher stores a value: whole numbers as long, lists as arrays. */
	static Object storable(Object value) {
		return switch (value) {
			case Integer number -> number.longValue();
			case Short number -> number.longValue();
			case Byte number -> number.longValue();
			case Float number -> number.doubleValue();
			case List<?> list -> array(list);
			default -> value;
		};
	}

	private static Object array(List<?> list) {
		List<Object> items = list.stream().map(InProcessGraph::storable).toList();
		Class<?> type = items.isEmpty() ? String.class : items.getFirst().getClass();
		if (items.stream().anyMatch(item -> item.getClass() != type)) {
			throw new IllegalArgumentException("A list property mixes types: " + list);
		}
		Object array = Array.newInstance(primitive(type), items.size());
		for (int i = 0; i < items.size(); i++) {
			Array.set(array, i, items.get(i));
		}
		return array;
	}

	private static Class<?> primitive(Class<?> type) {
		if (type == Long.class) {
			return long.class;
		}
		if (type == Double.class) {
			return double.class;
		}
		if (type == Boolean.class) {
			return boolean.class;
		}
		return type;
	}

	/** Properties as the driver returns them: arrays as lists. */
	private static Map<String, Object> properties(Entity entity) {
		Map<String, Object> properties = new HashMap<>();
		entity.getAllProperties().forEach((name, value) -> properties.put(name, readable(value)));
		return properties;
	}

	private static Object readable(Object value) {
		if (value == null || !value.getClass().isArray()) {
			return value;
		}
		List<Object> list = new ArrayList<>();
		for (int i = 0; i < Array.getLength(value); i++) {
			list.add(Array.get(value, i));
		}
		return List.copyOf(list);
	}

}
