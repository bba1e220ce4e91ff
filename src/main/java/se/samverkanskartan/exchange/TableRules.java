package se.samverkanskartan.exchange;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.samverkanskartan.network.Names;
import se.samverkanskartan.network.NodeId;
import se.samverkanskartan.network.NodeKind;

/** Turns organisation and tie rows into an {@link ImportBatch}, checking every cell. */
final class TableRules {

	private static final Map<String, NodeKind> KINDS = Map.ofEntries(Map.entry("kommun", NodeKind.MUNICIPALITY),
			Map.entry("municipality", NodeKind.MUNICIPALITY), Map.entry("stadsdelsomrade", NodeKind.CITY_DISTRICT),
			Map.entry("stadsdel", NodeKind.CITY_DISTRICT), Map.entry("city district", NodeKind.CITY_DISTRICT),
			Map.entry("aktor", NodeKind.ACTOR), Map.entry("actor", NodeKind.ACTOR), Map.entry("forum", NodeKind.FORUM));

	private static final Map<String, String> TIE_TYPES = Map.ofEntries(Map.entry("", "COOPERATES_WITH"),
			Map.entry("samverkar", "COOPERATES_WITH"), Map.entry("samverkan", "COOPERATES_WITH"),
			Map.entry("cooperates with", "COOPERATES_WITH"), Map.entry("medlem", "MEMBER_OF"),
			Map.entry("member of", "MEMBER_OF"), Map.entry("sammankallar", "CONVENES"),
			Map.entry("convenes", "CONVENES"), Map.entry("gransar till", "BORDERS"), Map.entry("borders", "BORDERS"),
			Map.entry("tacker", "COVERS"), Map.entry("covers", "COVERS"), Map.entry("del av", "PART_OF"),
			Map.entry("part of", "PART_OF"));

	/** Evidence types by slug, the bundles' names and the template's short words. */
	private static final Map<String, String> CONFIDENCES = Map.ofEntries(Map.entry("", ""),
			Map.entry("uttryckligt", "explicit"), Map.entry("uttrycklig", "explicit"),
			Map.entry("uttryckligen namnd", "explicit"), Map.entry("named explicitly", "explicit"),
			Map.entry("explicit", "explicit"), Map.entry("kollektivt", "collective"),
			Map.entry("galler gruppen", "collective"), Map.entry("stated for the group", "collective"),
			Map.entry("collective", "collective"), Map.entry("harlett", "inferred"), Map.entry("harledd", "inferred"),
			Map.entry("inferred", "inferred"), Map.entry("accepted", "accepted"),
			Map.entry("godkant forslag", "accepted"), Map.entry("accepted suggestion", "accepted"));

	final ImportBatch batch;

	final NameIndex index;

	final Map<String, String> topics;

	final ImportMessages messages;

	private final boolean confirmNear;

	private final ActorTypes actorTypes;

	private final Set<String> seenNodes = new HashSet<>();

	private final Set<String> seenTies = new HashSet<>();

	/** Ties already stored: defaults (evidence, source) are only for new ties. */
	/** Identities of the ties already stored (the snapshot's, not a copy). */
	private final Set<String> existingTies;

	/** Whether the last unresolved name was a near miss, already reported. */
	private boolean lastNear;

	TableRules(ImportBatch batch, StoredGraph.Snapshot current, ImportMessages messages, ActorTypes actorTypes,
			boolean confirmNear) {
		this.actorTypes = actorTypes;
		this.batch = batch;
		this.index = NameIndex.of(current);
		this.messages = messages;
		this.confirmNear = confirmNear;
		this.existingTies = current.relationshipIds().keySet();
		this.topics = new HashMap<>();
		current.nodes().stream().filter(node -> node.labels().getFirst().equals("Topic")).forEach(topic -> {
			String slug = String.valueOf(topic.key());
			this.topics.put(Names.normalise(slug), slug);
			this.topics.put(Names.normalise(String.valueOf(topic.properties().get("nameSv"))), slug);
			this.topics.put(Names.normalise(String.valueOf(topic.properties().get("nameEn"))), slug);
		});
	}

	void organisations(List<Tables.Row> rows) {
		for (Tables.Row row : rows) {
			NodeKind kind = KINDS.get(Names.normalise(row.get("kind")));
			if (kind == null && !row.get("id").isEmpty()) {
				kind = kindFromId(row.get("id"));
			}
			if (kind == null) {
				problem(row, "kind", "import.problem.kind", row.get("kind"));
				continue;
			}
			String name = row.get("name");
			if (name.isEmpty()) {
				problem(row, "name", "import.problem.required");
				continue;
			}
			Object key = key(row, kind, name);
			if (key == null) {
				continue;
			}
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("name", name);
			if (kind == NodeKind.ACTOR && !row.get("actorType").isEmpty()) {
				var type = this.actorTypes.slugOf(row.get("actorType"));
				if (type.isEmpty()) {
					problem(row, "actorType", "import.problem.actor-type", row.get("actorType"),
							this.actorTypes.names());
					continue;
				}
				properties.put("actorType", type.get());
			}
			if (!row.get("population").isEmpty()) {
				try {
					properties.put("population", Long.parseLong(row.get("population").replaceAll("[\\s\u00a0]", "")));
				}
				catch (NumberFormatException ex) {
					problem(row, "population", "import.problem.number", row.get("population"));
					continue;
				}
			}
			if (!coordinate(row, "lat", -90, 90, properties) || !coordinate(row, "lon", -180, 180, properties)) {
				continue;
			}
			List<String> aliases = Arrays.stream(row.get("aliases").split(";"))
				.map(String::strip)
				.filter(alias -> !alias.isEmpty())
				.toList();
			if (!aliases.isEmpty()) {
				properties.put("aliases", aliases);
			}
			var ref = new StoredGraph.NodeRef(kind.label(), key);
			if (!this.seenNodes.add(ref.id())) {
				problem(row, "name", "import.problem.duplicate-row", name);
				continue;
			}
			this.batch.nodes.add(new StoredGraph.StoredNode(List.of(kind.label(), "Organisation"), key, properties));
			this.index.addFromFile(new NameIndex.Entry(ref, kind, name), aliases);
		}
	}

	/** A latitude or longitude, with a decimal point or comma; false after a problem. */
	private boolean coordinate(Tables.Row row, String column, double min, double max, Map<String, Object> properties) {
		String text = row.get(column);
		if (text.isEmpty()) {
			return true;
		}
		try {
			double value = Double.parseDouble(text.replace(',', '.'));
			if (value >= min && value <= max) {
				properties.put(column, value);
				return true;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		problem(row, column, "import.problem.number", text);
		return false;
	}

	private static NodeKind kindFromId(String id) {
		try {
			return NodeId.parse(id).kind();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** The external id: as written, the matched organisation's, or a new slug. */
	private Object key(Tables.Row row, NodeKind kind, String name) {
		if (!row.get("id").isEmpty()) {
			try {
				NodeId id = NodeId.parse(row.get("id"));
				if (id.kind() == kind) {
					return id.key();
				}
			}
			catch (IllegalArgumentException ex) {
				// reported below
			}
			problem(row, "id", "import.problem.id", row.get("id"), kind.slug());
			return null;
		}
		NameIndex.Entry found = resolve(row, "name", name, kind);
		if (found != null) {
			return found.ref().key();
		}
		if (kind == NodeKind.MUNICIPALITY || Names.slug(name).isEmpty()) {
			problem(row, "id", "import.problem.municipality-code", name);
			return null;
		}
		return Names.slug(name);
	}

	void ties(List<Tables.Row> rows) {
		for (Tables.Row row : rows) {
			NameIndex.Entry from = resolveRequired(row, "from");
			NameIndex.Entry to = resolveRequired(row, "to");
			String type = TIE_TYPES.get(Names.normalise(row.get("tie")));
			if (type == null) {
				problem(row, "tie", "import.problem.tie", row.get("tie"));
			}
			String confidence = CONFIDENCES.get(Names.normalise(row.get("confidence")));
			if (confidence == null) {
				problem(row, "confidence", "import.problem.confidence", row.get("confidence"));
			}
			String topic = null;
			if ("COOPERATES_WITH".equals(type)) {
				topic = this.topics.get(Names.normalise(row.get("topic")));
				if (topic == null) {
					problem(row, "topic",
							row.get("topic").isEmpty() ? "import.problem.required" : "import.problem.topic",
							row.get("topic"));
				}
			}
			if (from == null || to == null || type == null || confidence == null
					|| ("COOPERATES_WITH".equals(type) && topic == null)) {
				continue;
			}
			if (from.ref().equals(to.ref())) {
				problem(row, "to", "import.problem.self");
				continue;
			}
			if (("MEMBER_OF".equals(type) || "CONVENES".equals(type)) && to.kind() != NodeKind.FORUM) {
				problem(row, "to", "import.problem.not-forum", to.name());
				continue;
			}
			Map<String, Object> properties = new LinkedHashMap<>();
			if (topic != null) {
				properties.put("topic", topic);
			}
			boolean isNew = !this.existingTies
				.contains(new StoredGraph.StoredRelationship(type, from.ref(), to.ref(), properties).identity());
			putIfGiven(properties, "confidence", (confidence.isEmpty() && isNew) ? "explicit" : confidence);
			putIfGiven(properties, "source",
					(row.get("source").isEmpty() && isNew) ? this.batch.file : row.get("source"));
			putIfGiven(properties, "section", row.get("section"));
			putIfGiven(properties, "quote", row.get("quote"));
			tie(row, type, from.ref(), to.ref(), properties);
		}
	}

	void tie(Tables.Row row, String type, StoredGraph.NodeRef from, StoredGraph.NodeRef to,
			Map<String, Object> properties) {
		var tie = new StoredGraph.StoredRelationship(type, from, to, properties);
		if (this.seenTies.add(tie.identity())) {
			this.batch.relationships.add(tie);
		}
		else {
			problem(row, "from", "import.problem.duplicate-tie");
		}
	}

	private static void putIfGiven(Map<String, Object> properties, String name, String value) {
		if (!value.isEmpty()) {
			properties.put(name, value);
		}
	}

	NameIndex.Entry resolveRequired(Tables.Row row, String column) {
		// An id column beside the name (the app's own workbook) is exact
		String idColumn = column + "Id";
		String byId = row.get(idColumn);
		if (!byId.isEmpty()) {
			NameIndex.Match match = this.index.find(byId, null);
			if (match.entry() != null && !match.near() && match.entry().nodeId().equals(byId)) {
				return match.entry();
			}
			problem(row, idColumn, "import.problem.unknown-organisation", byId);
			return null;
		}
		if (row.get(column).isEmpty()) {
			problem(row, column, "import.problem.required");
			return null;
		}
		NameIndex.Entry found = resolve(row, column, row.get(column), null);
		if (found == null && !this.lastNear) {
			problem(row, column, "import.problem.unknown-organisation", row.get(column));
		}
		return found;
	}

	/**
	 * An exact match, or a near one when confirmed (listed either way); ambiguous names
	 * are a problem.
	 */
	NameIndex.Entry resolve(Tables.Row row, String column, String text, NodeKind kind) {
		NameIndex.Match match = this.index.find(text, kind);
		this.lastNear = false;
		if (!match.ambiguous().isEmpty()) {
			this.lastNear = true;
			problem(row, column, "import.problem.ambiguous", text,
					String.join(", ", match.ambiguous().stream().map(NameIndex.Entry::nodeId).toList()));
			return null;
		}
		if (match.entry() == null || !match.near()) {
			return match.entry();
		}
		var near = new ImportProblem(this.batch.file, location(row, column),
				this.messages.text("import.problem.near", text, match.entry().name()));
		if (this.confirmNear) {
			this.batch.matches.add(near);
			return match.entry();
		}
		this.batch.matches.add(near);
		this.batch.problems.add(near);
		this.lastNear = true;
		return null;
	}

	String location(Tables.Row row, String column) {
		return this.messages.text("import.location.cell", row.table(), row.number(), row.header(column));
	}

	void problem(Tables.Row row, String column, String key, Object... args) {
		this.batch.problem(location(row, column),
				this.messages.text(key, Arrays.stream(args).map(String::valueOf).toArray()));
	}

}
