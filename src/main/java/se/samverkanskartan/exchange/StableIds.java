package se.samverkanskartan.exchange;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import se.samverkanskartan.network.EdgeKind;
import se.samverkanskartan.network.NodeId;
import se.samverkanskartan.network.NodeKind;

/**
 * Gives what an import writes the stable ids the rest of the app finds it by: an
 * organisation its {@code kind:key}, a new tie a random UUID. A tie that exists keeps the
 * id it has, whatever the file says.
 */
final class StableIds {

	static final Set<String> TIE_TYPES = Arrays.stream(EdgeKind.values())
		.map(EdgeKind::name)
		.collect(Collectors.toUnmodifiableSet());

	private StableIds() {
	}

	/** The organisation id a node of this primary label and key has, or null. */
	static String organisationId(String primaryLabel, Object key) {
		for (NodeKind kind : NodeKind.values()) {
			if (kind.label().equals(primaryLabel)) {
				return new NodeId(kind, String.valueOf(key)).toString();
			}
		}
		return null;
	}

	static void assign(ImportBatch batch, StoredGraph.Snapshot current) {
		var nodes = batch.nodes.listIterator();
		while (nodes.hasNext()) {
			StoredGraph.StoredNode node = nodes.next();
			String id = organisationId(node.labels().getFirst(), node.key());
			if (id != null) {
				Map<String, Object> properties = new LinkedHashMap<>(node.properties());
				properties.put("id", id);
				nodes.set(new StoredGraph.StoredNode(node.labels(), node.key(), properties));
			}
		}
		var ties = batch.relationships.listIterator();
		while (ties.hasNext()) {
			StoredGraph.StoredRelationship tie = ties.next();
			if (!TIE_TYPES.contains(tie.type())) {
				continue;
			}
			Map<String, Object> properties = new LinkedHashMap<>(tie.properties());
			if (current.relationshipIds().containsKey(tie.identity())) {
				properties.remove("id");
			}
			else if (!(properties.get("id") instanceof String)) {
				properties.put("id", UUID.randomUUID().toString());
			}
			ties.set(new StoredGraph.StoredRelationship(tie.type(), tie.from(), tie.to(), properties));
		}
	}

}
