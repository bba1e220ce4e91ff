package se.samverkanskartan.exchange;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Writes the stored graph as the JSON dump (see {@link DumpFormat}). */
final class DumpWriter {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private DumpWriter() {
	}

	static byte[] write(List<StoredGraph.StoredNode> nodes, List<StoredGraph.StoredRelationship> relationships,
			String exportedAt) {
		ObjectNode root = NODES.objectNode();
		root.put("format", DumpFormat.FORMAT);
		root.put("version", DumpFormat.VERSION);
		root.put("exportedAt", exportedAt);
		ArrayNode nodeArray = root.putArray("nodes");
		for (StoredGraph.StoredNode node : nodes) {
			ObjectNode out = nodeArray.addObject();
			ArrayNode labels = out.putArray("labels");
			node.labels().forEach(labels::add);
			out.set("key", value(node.key()));
			out.set("properties", properties(node.properties()));
		}
		ArrayNode relationshipArray = root.putArray("relationships");
		for (StoredGraph.StoredRelationship relationship : relationships) {
			ObjectNode out = relationshipArray.addObject();
			out.put("type", relationship.type());
			out.set("from", end(relationship.from()));
			out.set("to", end(relationship.to()));
			out.set("properties", properties(relationship.properties()));
		}
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
	}

	private static ObjectNode end(StoredGraph.NodeRef ref) {
		ObjectNode end = NODES.objectNode();
		end.put("label", ref.label());
		end.set("key", value(ref.key()));
		return end;
	}

	private static ObjectNode properties(Map<String, Object> properties) {
		ObjectNode out = NODES.objectNode();
		new TreeMap<>(properties).forEach((name, value) -> out.set(name, value(value)));
		return out;
	}

	/**
	 * Temporal values become {"$date": ...} or {"$datetime": ...} so that they come back
	 * typed.
	 */
	static tools.jackson.databind.JsonNode value(Object value) {
		return switch (value) {
			case null -> NODES.nullNode();
			case String text -> NODES.stringNode(text);
			case Boolean flag -> NODES.booleanNode(flag);
			case Long number -> NODES.numberNode(number);
			case Integer number -> NODES.numberNode(number.longValue());
			case Double number -> NODES.numberNode(number);
			case Float number -> NODES.numberNode(number.doubleValue());
			case LocalDate date -> NODES.objectNode().put("$date", date.toString());
			case ZonedDateTime time -> NODES.objectNode().put("$datetime", time.toOffsetDateTime().toString());
			case OffsetDateTime time -> NODES.objectNode().put("$datetime", time.toString());
			case LocalDateTime time -> NODES.objectNode().put("$localdatetime", time.toString());
			case Collection<?> list -> {
				ArrayNode array = NODES.arrayNode();
				list.forEach(item -> array.add(value(item)));
				yield array;
			}
			case TemporalAccessor other -> NODES.stringNode(other.toString());
			default -> NODES.stringNode(String.valueOf(value));
		};
	}

}
