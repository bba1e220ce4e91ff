package se.samverkanskartan.exchange;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads and checks a JSON dump. Every problem is collected with its JSON path; nothing is
 * written here.
 */
final class DumpReader {

	private final String file;

	private final List<ImportProblem> problems = new ArrayList<>();

	final List<StoredGraph.StoredNode> nodes = new ArrayList<>();

	final List<StoredGraph.StoredRelationship> relationships = new ArrayList<>();

	private final ImportMessages messages;

	private final boolean restore;

	/**
	 * @param restore whether the file restores the whole database (an admin's restore,
	 * the history included) rather than adding to it
	 */
	DumpReader(String file, ImportMessages messages, boolean restore) {
		this.file = file;
		this.messages = messages;
		this.restore = restore;
	}

	List<ImportProblem> problems() {
		return this.problems;
	}

	/** Parses and checks; ends of ties must be in the file or in {@code existing}. */
	DumpReader read(byte[] bytes, Set<String> existing) {
		if (bytes.length == 0) {
			problem("", "empty");
			return this;
		}
		JsonNode root;
		try {
			root = DumpWriter.JSON.readTree(bytes);
		}
		catch (JacksonException ex) {
			var at = ex.getLocation();
			problem((at == null) ? "" : this.messages.text("import.location.line", at.getLineNr(), at.getColumnNr()),
					"not-json", ex.getOriginalMessage());
			return this;
		}
		if (root == null || !root.isObject()) {
			problem("", "not-object");
			return this;
		}
		unknownFields(root, DumpFormat.ROOT_FIELDS, "");
		if (!DumpFormat.FORMAT.equals(text(root.get("format")))) {
			problem("format", "format", DumpFormat.FORMAT);
		}
		if (root.get("version") == null || !root.get("version").isIntegralNumber()
				|| root.get("version").longValue() != DumpFormat.VERSION) {
			problem("version", "version", DumpFormat.VERSION);
		}
		Set<String> known = new HashSet<>(existing);
		readNodes(root.get("nodes"), known);
		readRelationships(root.get("relationships"), known);
		return this;
	}

	private void readNodes(JsonNode array, Set<String> known) {
		if (array == null || !array.isArray()) {
			problem("nodes", "array");
			return;
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < array.size(); i++) {
			String at = "nodes[" + i + "]";
			JsonNode node = array.get(i);
			if (!node.isObject()) {
				problem(at, "object");
				continue;
			}
			unknownFields(node, DumpFormat.NODE_FIELDS, at);
			List<String> labels = labels(node.get("labels"), at + ".labels");
			String primary = (labels == null) ? null : DumpFormat.primaryLabel(labels);
			if (labels != null && primary == null) {
				problem(at + ".labels", "no-kind", labels, DumpFormat.KEYS.keySet());
			}
			Object key = key(node.get("key"), at + ".key");
			Map<String, Object> properties = properties(node.get("properties"), at + ".properties");
			if (primary == null || key == null || properties == null) {
				continue;
			}
			var ref = new StoredGraph.NodeRef(primary, key);
			if (!seen.add(ref.id())) {
				problem(at, "duplicate-node", primary, key);
				continue;
			}
			properties.put(DumpFormat.KEYS.get(primary), key);
			if (!checkNode(primary, key, properties, at)) {
				continue;
			}
			known.add(ref.id());
			this.nodes.add(new StoredGraph.StoredNode(labels, key, properties));
		}
	}

	private void readRelationships(JsonNode array, Set<String> known) {
		if (array == null || !array.isArray()) {
			problem("relationships", "array");
			return;
		}
		Set<String> seen = new HashSet<>();
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < array.size(); i++) {
			String at = "relationships[" + i + "]";
			JsonNode relationship = array.get(i);
			if (!relationship.isObject()) {
				problem(at, "object");
				continue;
			}
			unknownFields(relationship, DumpFormat.RELATIONSHIP_FIELDS, at);
			String type = text(relationship.get("type"));
			if (type == null || !type.matches(DumpFormat.TYPE_PATTERN)) {
				problem(at + ".type", "type");
			}
			StoredGraph.NodeRef from = end(relationship.get("from"), at + ".from", known);
			StoredGraph.NodeRef to = end(relationship.get("to"), at + ".to", known);
			Map<String, Object> properties = properties(relationship.get("properties"), at + ".properties");
			if (type == null || from == null || to == null || properties == null
					|| !checkTie(type, from, to, properties, at, known)) {
				continue;
			}
			if (properties.get("id") instanceof String id && !ids.add(type + ":" + id)) {
				problem(at + ".properties.id", "duplicate-id", id);
				continue;
			}
			var tie = new StoredGraph.StoredRelationship(type, from, to, properties);
			if (!seen.add(tie.identity())) {
				problem(at, "duplicate-tie");
				continue;
			}
			this.relationships.add(tie);
		}
	}

	/** The model's rules for a node; false, with the problems noted, if it breaks one. */
	private boolean checkNode(String label, Object key, Map<String, Object> properties, String at) {
		int before = this.problems.size();
		if ("Change".equals(label) && !this.restore) {
			problem(at + ".labels", "history-restore-only");
		}
		properties.forEach((name, value) -> {
			DumpModel.Kind kind = DumpModel.nodeProperty(label, name);
			if (kind != null && !kind.accepts(value)) {
				problem(at + ".properties." + name, "property-type", this.messages.text("import.kind." + kind.word));
			}
		});
		String id = StableIds.organisationId(label, key);
		if (id != null && properties.containsKey("id") && !id.equals(properties.get("id"))) {
			problem(at + ".properties.id", "organisation-id", id);
		}
		return this.problems.size() == before;
	}

	/** The model's rules for a tie: its type, what it joins, its properties' types. */
	private boolean checkTie(String type, StoredGraph.NodeRef from, StoredGraph.NodeRef to,
			Map<String, Object> properties, String at, Set<String> known) {
		int before = this.problems.size();
		if (!DumpModel.knownType(type)) {
			problem(at + ".type", "unknown-type", type);
			return false;
		}
		if (!DumpModel.ends(type, 0).contains(from.label())) {
			problem(at + ".from.label", "tie-end", type, from.label(), DumpModel.ends(type, 0));
		}
		if (!DumpModel.ends(type, 1).contains(to.label())) {
			problem(at + ".to.label", "tie-end", type, to.label(), DumpModel.ends(type, 1));
		}
		properties.forEach((name, value) -> {
			DumpModel.Kind kind = DumpModel.tieProperty(type, name);
			if (kind != null && !kind.accepts(value)) {
				problem(at + ".properties." + name, "property-type", this.messages.text("import.kind." + kind.word));
			}
		});
		if (properties.get("confidence") instanceof String confidence && !DumpModel.CONFIDENCES.contains(confidence)) {
			problem(at + ".properties.confidence", "enumeration", confidence, DumpModel.CONFIDENCES);
		}
		if ("COOPERATES_WITH".equals(type)) {
			Object topic = properties.get("topic");
			if (topic == null) {
				problem(at + ".properties.topic", "required");
			}
			else if (topic instanceof String slug && !known.contains("Topic:" + slug)) {
				problem(at + ".properties.topic", "unknown-end", "Topic", slug);
			}
		}
		return this.problems.size() == before;
	}

	private StoredGraph.NodeRef end(JsonNode end, String at, Set<String> known) {
		if (end == null || !end.isObject()) {
			problem(at, "end");
			return null;
		}
		unknownFields(end, DumpFormat.END_FIELDS, at);
		String label = text(end.get("label"));
		Object key = key(end.get("key"), at + ".key");
		if (label == null || !DumpFormat.KEYS.containsKey(label)) {
			problem(at + ".label", "label", DumpFormat.KEYS.keySet());
			return null;
		}
		if (key == null) {
			return null;
		}
		var ref = new StoredGraph.NodeRef(label, key);
		if (!known.contains(ref.id())) {
			problem(at, "unknown-end", label, key);
			return null;
		}
		return ref;
	}

	private List<String> labels(JsonNode labels, String at) {
		if (labels == null || !labels.isArray() || labels.isEmpty()) {
			problem(at, "labels");
			return null;
		}
		List<String> out = new ArrayList<>();
		for (JsonNode label : labels) {
			String text = text(label);
			if (text == null || !(DumpFormat.KEYS.containsKey(text) || DumpFormat.EXTRA_LABELS.contains(text))) {
				problem(at, "unknown-label", label);
				return null;
			}
			out.add(text);
		}
		return out;
	}

	private Object key(JsonNode key, String at) {
		if (key != null && key.isString() && !key.stringValue().isBlank()) {
			return key.stringValue();
		}
		if (key != null && key.isIntegralNumber()) {
			return key.longValue();
		}
		problem(at, "key");
		return null;
	}

	private Map<String, Object> properties(JsonNode properties, String at) {
		if (properties == null || !properties.isObject()) {
			problem(at, "object");
			return null;
		}
		Map<String, Object> out = new LinkedHashMap<>();
		for (var entry : properties.properties()) {
			Object value = value(entry.getValue(), at + "." + entry.getKey(), true);
			if (value != null) {
				out.put(entry.getKey(), value);
			}
		}
		return out;
	}

	private Object value(JsonNode value, String at, boolean listAllowed) {
		if (value.isNull()) {
			return null;
		}
		if (value.isString()) {
			return value.stringValue();
		}
		if (value.isBoolean()) {
			return value.booleanValue();
		}
		if (value.isIntegralNumber()) {
			return value.longValue();
		}
		if (value.isNumber()) {
			return value.doubleValue();
		}
		if (value.isArray() && listAllowed) {
			List<Object> list = new ArrayList<>();
			for (int i = 0; i < value.size(); i++) {
				Object item = value(value.get(i), at + "[" + i + "]", false);
				if (item != null) {
					list.add(item);
				}
			}
			return list;
		}
		if (value.isObject() && value.size() == 1) {
			return temporal(value, at);
		}
		problem(at, "value");
		return null;
	}

	private Object temporal(JsonNode value, String at) {
		String name = value.propertyNames().iterator().next();
		String text = text(value.get(name));
		try {
			return switch (name) {
				case "$date" -> LocalDate.parse(text);
				case "$datetime" -> OffsetDateTime.parse(text).toZonedDateTime();
				case "$localdatetime" -> LocalDateTime.parse(text);
				default -> {
					problem(at, "typed", name);
					yield null;
				}
			};
		}
		catch (DateTimeParseException | NullPointerException ex) {
			problem(at, "temporal", name.substring(1), text);
			return null;
		}
	}

	private void unknownFields(JsonNode object, Set<String> allowed, String at) {
		for (String name : object.propertyNames()) {
			if (!allowed.contains(name)) {
				problem(at.isEmpty() ? name : at + "." + name, "unknown-field", allowed);
			}
		}
	}

	private static String text(JsonNode node) {
		return (node != null && node.isString()) ? node.stringValue() : null;
	}

	private void problem(String location, String problem, Object... args) {
		Object[] texts = java.util.Arrays.stream(args).map(String::valueOf).toArray();
		this.problems
			.add(new ImportProblem(this.file, location, this.messages.text("import.problem." + problem, texts)));
	}

}
