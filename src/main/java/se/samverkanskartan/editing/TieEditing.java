package se.samverkanskartan.editing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Validator;
import org.neo4j.driver.Record;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkanskartan.accounts.Role;
import se.samverkanskartan.network.InvalidParameterException;
import se.samverkanskartan.network.NodeId;

/**
 * Creates, changes and deletes cooperation ties for editors, and changes the period of
 * memberships and district ties; each change is recorded with its before and after, and
 * the second of two concurrent writers is refused.
 */
@Service
public class TieEditing {

	private static final List<String> CONFIDENCES = List.of("explicit", "collective", "inferred", "accepted");

	private final Neo4jClient neo4j;

	private final ChangeLog log;

	private final Validator validator;

	TieEditing(Neo4jClient neo4j, ChangeLog log, Validator validator) {
		this.neo4j = neo4j;
		this.log = log;
		this.validator = validator;
	}

	/**
	 * A cooperation tie, or a membership or district tie (then without a topic).
	 */
	@Transactional(readOnly = true)
	public Optional<TieForm> load(String tieId) {
		return stored(tieId).map(StoredTie::form);
	}

	/** The tie with its type and every property, as a removal records it. */
	private record StoredTie(TieForm form, RemovedTie all) {

	}

	private Optional<StoredTie> stored(String tieId) {
		return this.neo4j.query(TieQueries.LOAD)
			.bind(String.valueOf(tieId))
			.to("id")
			.fetchAs(StoredTie.class)
			.mappedBy((types, row) -> new StoredTie(form(row),
					new RemovedTie(row.get("type").asString(),
							OrganisationSnapshot.tag(row.get("properties").asMap()))))
			.one();
	}

	/**
	 * @return the new tie's id
	 */
	@Transactional
	@PreAuthorize(Role.CAN_EDIT)
	public String create(TieForm form) {
		TieForm created = insert(form);
		record("tie-created", null, created);
		return created.id();
	}

	/**
	 * Saves a cooperation tie's fields, or a membership's or district tie's period.
	 * @throws ConcurrentChangeException when someone else changed or deleted it since the
	 * form was read
	 */
	@Transactional
	@PreAuthorize(Role.CAN_EDIT)
	public void update(TieForm form) {
		TieForm before = load(form.id()).orElseThrow(() -> new ConcurrentChangeException(null));
		record("tie-updated", before, write(before, form));
	}

	@Transactional
	@PreAuthorize(Role.CAN_EDIT)
	public void delete(String tieId, long version) {
		StoredTie before = stored(tieId).orElseThrow(() -> new ConcurrentChangeException(null));
		remove(before.form(), version);
		record("tie-deleted", before.form(), null, before.all());
	}

	/**
	 * Undoes a tie change unless the tie was changed or deleted since, acting on the tie
	 * the change names by its stable id.
	 */
	void revert(Change change) {
		String id = change.subjectId();
		TieForm after = change.after(TieForm.class);
		if (after == null) {
			bringBack(change, id);
			return;
		}
		TieForm now = load(id)
			.orElseThrow(() -> new RevertRefusedException("deleted-later", "The tie was deleted after this change"));
		if (now.version() != after.version()) {
			throw new RevertRefusedException("changed-later", "The tie was changed after this change");
		}
		if (change.kind().equals("tie-created")) {
			StoredTie removed = stored(id).orElseThrow();
			remove(now, now.version());
			record("revert", now, null, removed.all());
			return;
		}
		try {
			record("revert", now, write(now, change.before(TieForm.class).withId(id).withVersion(now.version())));
		}
		catch (InvalidParameterException ex) {
			throw new RevertRefusedException("exists-again", ex.getMessage());
		}
	}

	/** A deleted tie back under its own id, with every property it had. */
	private void bringBack(Change change, String id) {
		if (load(id).isPresent()) {
			throw new RevertRefusedException("exists-again", "The tie exists again");
		}
		TieForm before = change.before(TieForm.class).withId(null);
		try {
			check(before, before.topic() != null);
		}
		catch (InvalidParameterException ex) {
			throw new RevertRefusedException("exists-again", ex.getMessage());
		}
		RemovedTie removed = this.log.removed(change.id()).orElse(null);
		if (removed == null) {
			record("revert", null, insert(before, id));
			return;
		}
		Map<String, Object> properties = new HashMap<>(OrganisationSnapshot.untag(removed.properties()));
		properties.put("id", id);
		this.neo4j.query(TieQueries.RESTORE)
			.bindAll(Map.of("fromId", before.fromId(), "toId", before.toId(), "type", removed.type(), "properties",
					properties))
			.run();
		record("revert", null, load(id).orElseThrow());
	}

	private TieForm insert(TieForm form) {
		return insert(form, UUID.randomUUID().toString());
	}

	private TieForm insert(TieForm form, String newId) {
		check(form, true);
		Map<String, Object> parameters = parameters(form);
		parameters.put("newId", newId);
		String id = this.neo4j.query(TieQueries.CREATE)
			.bindAll(parameters)
			.fetchAs(String.class)
			.mappedBy((types, row) -> row.get("id").asString())
			.one()
			.orElseThrow(() -> new InvalidParameterException("fromId", "Organisation not found"));
		return load(id).orElseThrow();
	}

	private TieForm write(TieForm before, TieForm form) {
		boolean cooperation = before.topic() != null;
		TieForm checked = new TieForm(form.id(), before.fromId(), before.toId(), cooperation ? form.topic() : null,
				form.since(), form.until(), cooperation ? form.confidence() : before.confidence(), form.source(),
				form.section(), form.quote(), form.frequency(), form.cooperationForm(), form.confirmedIn(),
				form.confirmedOn(), form.version());
		check(checked, cooperation);
		String query = cooperation ? TieQueries.UPDATE : TieQueries.UPDATE_PERIOD;
		lock(form.id());
		boolean written = this.neo4j.query(query).bindAll(parameters(checked)).fetch().one().isPresent();
		if (!written) {
			throw new ConcurrentChangeException(before);
		}
		return load(form.id()).orElseThrow();
	}

	private void remove(TieForm before, long version) {
		lock(before.id());
		boolean deleted = this.neo4j.query(TieQueries.DELETE)
			.bindAll(Map.of("id", before.id(), "version", version))
			.fetch()
			.one()
			.isPresent();
		if (!deleted) {
			throw new ConcurrentChangeException(before);
		}
	}

	private void lock(String tieId) {
		this.neo4j.query(TieQueries.LOCK).bind(tieId).to("id").run();
	}

	/** Jakarta constraints first, then what needs the database. */
	private void check(TieForm form, boolean cooperation) {
		FormConstraints.check(this.validator, form);
		NodeId from = nodeId("fromId", form.fromId());
		NodeId to = nodeId("toId", form.toId());
		if (from.equals(to)) {
			throw new InvalidParameterException("toId", "A tie cannot go to the same organisation");
		}
		exists("fromId", from);
		exists("toId", to);
		if (form.since() != null && form.until() != null && form.until().isBefore(form.since())) {
			throw new InvalidParameterException("until", "The end is before the start");
		}
		if (!cooperation) {
			return;
		}
		if (form.topic() == null
				|| this.neo4j.query(TieQueries.TOPIC).bind(form.topic()).to("slug").fetch().one().isEmpty()) {
			throw new InvalidParameterException("topic", "Unknown topic: " + form.topic());
		}
		if (!CONFIDENCES.contains(form.confidence())) {
			throw new InvalidParameterException("confidence", "Unknown evidence: " + form.confidence());
		}
		boolean duplicate = this.neo4j.query(TieQueries.EXISTS)
			.bindAll(parameters(form))
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
		if (name(id).isEmpty()) {
			throw new InvalidParameterException(field, "Unknown organisation: " + id);
		}
	}

	static Map<String, Object> parameters(TieForm form) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", form.id());
		parameters.put("fromId", NodeId.parse(form.fromId()).toString());
		parameters.put("toId", NodeId.parse(form.toId()).toString());
		parameters.put("topic", form.topic());
		parameters.put("since", form.since());
		parameters.put("until", form.until());
		parameters.put("confidence", form.confidence());
		parameters.put("source", form.source());
		parameters.put("section", blankToNull(form.section()));
		parameters.put("quote", blankToNull(form.quote()));
		parameters.put("frequency", blankToNull(form.frequency()));
		parameters.put("cooperationForm", blankToNull(form.cooperationForm()));
		parameters.put("confirmedIn", blankToNull(form.confirmedIn()));
		parameters.put("confirmedOn", form.confirmedOn());
		parameters.put("version", form.version());
		return parameters;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private void record(String kind, TieForm before, TieForm after) {
		record(kind, before, after, null);
	}

	private void record(String kind, TieForm before, TieForm after, RemovedTie removed) {
		TieForm either = (after != null) ? after : before;
		String topic = (either.topic() == null) ? "" : " (" + topicName(either.topic()) + ")";
		String summary = name(NodeId.parse(either.fromId())).orElse(either.fromId()) + " – "
				+ name(NodeId.parse(either.toId())).orElse(either.toId()) + topic;
		this.log.record(kind, either.id(), List.of(either.fromId(), either.toId()), summary, before, after, removed);
	}

	private Optional<String> name(NodeId id) {
		return this.neo4j.query(TieQueries.ORGANISATION)
			.bind(id.toString())
			.to("id")
			.fetchAs(String.class)
			.mappedBy((types, row) -> row.get("name").asString())
			.one();
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

	private static TieForm form(Record row) {
		return new TieForm(row.get("id").asString(), row.get("fromId").asString(), row.get("toId").asString(),
				row.get("topic").asString(null), row.get("since").isNull() ? null : row.get("since").asLocalDate(),
				row.get("until").isNull() ? null : row.get("until").asLocalDate(), row.get("confidence").asString(null),
				row.get("source").asString(null), row.get("section").asString(null), row.get("quote").asString(null),
				row.get("frequency").asString(null), row.get("cooperationForm").asString(null),
				row.get("confirmedIn").asString(null),
				row.get("confirmedOn").isNull() ? null : row.get("confirmedOn").asLocalDate(),
				row.get("version").asLong());
	}

}
