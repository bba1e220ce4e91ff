package se.samverkanskartan.editing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import se.samverkanskartan.accounts.Role;
import se.samverkanskartan.network.InvalidParameterException;
import se.samverkanskartan.network.NetworkChanged;
import se.samverkanskartan.network.NodeId;
import se.samverkanskartan.network.NodeKind;

/**
 * Creates, changes and deletes cooperation ties for editors; each change is recorded with
 * its before and after, and the second of two concurrent writers is refused.
 */
@Service
public class TieEditing {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> KIND_LABELS = java.util.Arrays.stream(NodeKind.values())
		.map(NodeKind::label)
		.toList();

	private final Neo4jClient neo4j;

	private final ApplicationEventPublisher events;

	TieEditing(Neo4jClient neo4j, ApplicationEventPublisher events) {
		this.neo4j = neo4j;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public Optional<TieForm> load(String tieId) {
		return this.neo4j.query(TieQueries.LOAD)
			.bindAll(Map.of("id", String.valueOf(tieId), "kindLabels", KIND_LABELS))
			.fetchAs(TieForm.class)
			.mappedBy((types, row) -> form(row))
			.one();
	}

	/**
	 * @return the new tie's id
	 */
	@Transactional
	@PreAuthorize(Role.CAN_EDIT)
	public String create(TieForm form) {
		check(form);
		Map<String, Object> parameters = parameters(form);
		String id = this.neo4j.query(TieQueries.CREATE)
			.bindAll(parameters)
			.fetchAs(String.class)
			.mappedBy((types, row) -> row.get("id").asString())
			.one()
			.orElseThrow(() -> new InvalidParameterException("fromId", "Organisation not found"));
		TieForm created = load(id).orElseThrow();
		record("tie-created", id, null, created);
		return id;
	}

	@Transactional
	@PreAuthorize(Role.CAN_EDIT)
	public void update(TieForm form) {
		TieForm before = load(form.id()).orElseThrow(() -> new ConcurrentChangeException(null));
		check(new TieForm(form.id(), before.fromId(), before.toId(), form.topic(), form.since(), form.until(),
				form.confidence(), form.source(), form.section(), form.quote(), form.version()));
		Map<String, Object> parameters = parameters(form);
		boolean written = this.neo4j.query(TieQueries.UPDATE).bindAll(parameters).fetch().one().isPresent();
		if (!written) {
			throw new ConcurrentChangeException(before);
		}
		record("tie-updated", form.id(), before, load(form.id()).orElseThrow());
	}

	@Transactional
	@PreAuthorize(Role.CAN_EDIT)
	public void delete(String tieId, long version) {
		TieForm before = load(tieId).orElseThrow(() -> new ConcurrentChangeException(null));
		boolean deleted = this.neo4j.query(TieQueries.DELETE)
			.bindAll(Map.of("id", tieId, "version", version))
			.fetch()
			.one()
			.isPresent();
		if (!deleted) {
			throw new ConcurrentChangeException(before);
		}
		record("tie-deleted", tieId, before, null);
	}

	/** The most recent changes, for one tie or (null) all. */
	@Transactional(readOnly = true)
	public List<Change> changes(String tieId, int limit) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("tieId", tieId);
		parameters.put("limit", limit);
		return List.copyOf(this.neo4j.query(TieQueries.CHANGES)
			.bindAll(parameters)
			.fetchAs(Change.class)
			.mappedBy((types, row) -> new Change(row.get("id").asString(), row.get("at").asZonedDateTime(),
					row.get("by").asString(), row.get("kind").asString(), row.get("tieId").asString(null),
					row.get("summary").asString(""), tie(row.get("before")), tie(row.get("after"))))
			.all());
	}

	/**
	 * Undoes a change, itself recorded. Refused when the tie was changed again since.
	 */
	@Transactional
	@PreAuthorize(Role.CAN_EDIT)
	public void revert(String changeId) {
		Change change = changes(null, 10_000).stream()
			.filter(candidate -> candidate.id().equals(changeId))
			.findFirst()
			.orElseThrow(() -> new InvalidParameterException("change", "No change " + changeId));
		TieForm now = (change.after() != null) ? load(change.after().id()).orElse(null) : null;
		if (change.after() != null && (now == null || now.version() != change.after().version())) {
			throw new InvalidParameterException("change", "The tie was changed or deleted after this change");
		}
		switch (change.kind()) {
			case "tie-created" -> delete(now.id(), now.version());
			case "tie-updated" -> {
				TieForm before = change.before();
				update(new TieForm(now.id(), now.fromId(), now.toId(), before.topic(), before.since(), before.until(),
						before.confidence(), before.source(), before.section(), before.quote(), now.version()));
			}
			case "tie-deleted" -> create(change.before());
			default -> throw new InvalidParameterException("change", "A revert cannot be reverted here");
		}
	}

	private void check(TieForm form) {
		NodeId from = nodeId("fromId", form.fromId());
		NodeId to = nodeId("toId", form.toId());
		if (from.equals(to)) {
			throw new InvalidParameterException("toId", "A tie cannot go to the same organisation");
		}
		exists("fromId", from);
		exists("toId", to);
		if (form.topic() == null
				|| this.neo4j.query(TieQueries.TOPIC).bind(form.topic()).to("slug").fetch().one().isEmpty()) {
			throw new InvalidParameterException("topic", "Unknown topic: " + form.topic());
		}
		if (form.since() != null && form.until() != null && form.until().isBefore(form.since())) {
			throw new InvalidParameterException("until", "The end is before the start");
		}
		if (form.source() == null || form.source().isBlank() || form.source().length() > 200) {
			throw new InvalidParameterException("source", "A source of 1 to 200 characters is needed");
		}
		if (form.quote() != null && form.quote().length() > 2000) {
			throw new InvalidParameterException("quote", "At most 2000 characters");
		}
		if (!List.of("explicit", "collective", "inferred", "accepted").contains(form.confidence())) {
			throw new InvalidParameterException("confidence", "Unknown evidence: " + form.confidence());
		}
		Map<String, Object> pair = parameters(form);
		boolean duplicate = this.neo4j.query(TieQueries.EXISTS)
			.bindAll(pair)
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
		if (duplicate) {
			throw new InvalidParameterException("topic", "The two already cooperate on this topic");
		}
	}

	private static NodeId nodeId(String field, String id) {
		try {
			return NodeId.parse(id);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidParameterException(field, "Not an organisation: " + id);
		}
	}

	private void exists(String field, NodeId id) {
		boolean found = this.neo4j.query(TieQueries.ORGANISATION)
			.bindAll(Map.of("label", id.kind().label(), "keyProperty", id.kind().keyProperty(), "key", id.key()))
			.fetch()
			.one()
			.isPresent();
		if (!found) {
			throw new InvalidParameterException(field, "Unknown organisation: " + id);
		}
	}

	private static Map<String, Object> parameters(TieForm form) {
		NodeId from = NodeId.parse(form.fromId());
		NodeId to = NodeId.parse(form.toId());
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", form.id());
		parameters.put("aLabel", from.kind().label());
		parameters.put("aKeyProperty", from.kind().keyProperty());
		parameters.put("aKey", from.key());
		parameters.put("bLabel", to.kind().label());
		parameters.put("bKeyProperty", to.kind().keyProperty());
		parameters.put("bKey", to.key());
		parameters.put("topic", form.topic());
		parameters.put("since", form.since());
		parameters.put("until", form.until());
		parameters.put("confidence", form.confidence());
		parameters.put("source", form.source());
		parameters.put("section", blankToNull(form.section()));
		parameters.put("quote", blankToNull(form.quote()));
		parameters.put("version", form.version());
		return parameters;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private void record(String kind, String tieId, TieForm before, TieForm after) {
		TieForm either = (after != null) ? after : before;
		String by = SecurityContextHolder.getContext().getAuthentication().getName();
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", UUID.randomUUID().toString());
		parameters.put("by", by);
		parameters.put("kind", kind);
		parameters.put("tieId", tieId);
		parameters.put("summary",
				name(either.fromId()) + " – " + name(either.toId()) + " (" + topicName(either.topic()) + ")");
		parameters.put("before", (before == null) ? null : JSON.writeValueAsString(before));
		parameters.put("after", (after == null) ? null : JSON.writeValueAsString(after));
		this.neo4j.query(TieQueries.RECORD).bindAll(parameters).run();
		this.events.publishEvent(new NetworkChanged(kind));
	}

	private String name(String nodeId) {
		NodeId id = NodeId.parse(nodeId);
		return this.neo4j.query(TieQueries.ORGANISATION)
			.bindAll(Map.of("label", id.kind().label(), "keyProperty", id.kind().keyProperty(), "key", id.key()))
			.fetchAs(String.class)
			.mappedBy((types, row) -> row.get("name").asString())
			.one()
			.orElse(nodeId);
	}

	private String topicName(String slug) {
		return this.neo4j.query(TieQueries.TOPIC)
			.bind(slug)
			.to("slug")
			.fetchAs(String.class)
			.mappedBy((types, row) -> row.get("name").asString())
			.one()
			.orElse(slug);
	}

	private static TieForm tie(Value json) {
		return json.isNull() ? null : JSON.readValue(json.asString(), TieForm.class);
	}

	private static TieForm form(Record row) {
		return new TieForm(row.get("id").asString(), id(row, "a"), id(row, "b"), row.get("topic").asString(),
				row.get("since").isNull() ? null : row.get("since").asLocalDate(),
				row.get("until").isNull() ? null : row.get("until").asLocalDate(), row.get("confidence").asString(null),
				row.get("source").asString(null), row.get("section").asString(null), row.get("quote").asString(null),
				row.get("version").asLong());
	}

	private static String id(Record row, String prefix) {
		return new NodeId(NodeKind.ofLabel(row.get(prefix + "label").asString()), row.get(prefix + "key").asString())
			.toString();
	}

}
