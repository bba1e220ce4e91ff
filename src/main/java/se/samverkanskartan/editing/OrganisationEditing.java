package se.samverkanskartan.editing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Validator;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkanskartan.accounts.Role;
import se.samverkanskartan.network.InvalidParameterException;
import se.samverkanskartan.network.NodeId;
import se.samverkanskartan.network.NodeKind;

/**
 * Creates, changes, deletes and merges organisations (forums included) for editors. A
 * deleted organisation's ties go only when the caller says so; a merge moves every tie to
 * the organisation kept and records the other's name as an alias. Each change is
 * recorded.
 */
@Service
public class OrganisationEditing {

	private static final String LOAD = """
			MATCH (o:Organisation {id: $id})
			RETURN o.name AS name, o.actorType AS actorType, o.population AS population,
			       coalesce(o.aliases, []) AS aliases, o.validFrom AS validFrom, o.validTo AS validTo,
			       coalesce(o.version, 0) AS version""";

	private static final String TIES = """
			MATCH (o:Organisation {id: $id})
			RETURN count { (o)--() } AS ties""";

	/** Run first in a transaction that saves the organisation. */
	static final String LOCK = VersionLock.lock("MATCH (x:Organisation {id: $id})");

	static final String UPDATE = """
			MATCH (o:Organisation {id: $id}) WHERE coalesce(o.version, 0) = $version
			SET o.name = $name, o.actorType = $actorType, o.population = $population, o.aliases = $aliases,
			    o.validFrom = $validFrom, o.validTo = $validTo, o.version = $version + 1
			RETURN o.version AS version""";

	private static final String DELETE = """
			MATCH (o:Organisation {id: $id})
			DETACH DELETE o""";

	private static final String SNAPSHOT = """
			MATCH (o:Organisation {id: $id})
			RETURN labels(o) AS labels, properties(o) AS properties,
			       [(o)-[r]->(x) | {type: type(r), outgoing: true, labels: [l IN labels(x) WHERE l <> "Organisation"] + labels(x), properties: properties(r),
			                        keys: [k IN ['code', 'slug', 'id', 'username'] WHERE x[k] IS NOT NULL | [k, toString(x[k])]]}]
			       + [(x)-[r]->(o) WHERE x <> o | {type: type(r), outgoing: false, labels: [l IN labels(x) WHERE l <> "Organisation"] + labels(x), properties: properties(r),
			                        keys: [k IN ['code', 'slug', 'id', 'username'] WHERE x[k] IS NOT NULL | [k, toString(x[k])]]}]
			       AS relationships""";

	private static final String RESTORE = """
			CREATE (o) SET o = $properties, o:$($labels)
			RETURN elementId(o) AS id""";

	private static final String RESTORE_OUTGOING = """
			MATCH (o) WHERE elementId(o) = $id
			MATCH (x) WHERE $otherLabel IN labels(x) AND x[$otherKeyProperty] = $otherKey
			CREATE (o)-[r:$($type)]->(x) SET r = $properties
			RETURN count(r) AS restored""";

	private static final String RESTORE_INCOMING = """
			MATCH (o) WHERE elementId(o) = $id
			MATCH (x) WHERE $otherLabel IN labels(x) AND x[$otherKeyProperty] = $otherKey
			CREATE (x)-[r:$($type)]->(o) SET r = $properties
			RETURN count(r) AS restored""";

	private final Neo4jClient neo4j;

	private final ChangeLog log;

	private final Validator validator;

	OrganisationEditing(Neo4jClient neo4j, ChangeLog log, Validator validator) {
		this.neo4j = neo4j;
		this.log = log;
		this.validator = validator;
	}

	@Transactional(readOnly = true)
	public Optional<OrganisationForm> load(String id) {
		NodeId node = parse("id", id);
		return this.neo4j.query(LOAD)
			.bindAll(key(node))
			.fetchAs(OrganisationForm.class)
			.mappedBy((types, row) -> new OrganisationForm(id, row.get("name").asString(),
					row.get("actorType").asString(null),
					row.get("population").isNull() ? null : row.get("population").asLong(),
					row.get("aliases").asList(value -> value.asString()),
					row.get("validFrom").isNull() ? null : row.get("validFrom").asLocalDate(),
					row.get("validTo").isNull() ? null : row.get("validTo").asLocalDate(), row.get("version").asLong()))
			.one();
	}

	/** How many ties the organisation has, to ask before deleting it. */
	@Transactional(readOnly = true)
	public long ties(String id) {
		return this.neo4j.query(TIES).bindAll(key(parse("id", id))).fetchAs(Long.class).one().orElse(0L);
	}

	@Transactional
	@PreAuthorize(Role.CAN_EDIT)
	public void create(OrganisationForm form) {
		NodeId node = parse("id", form.id());
		check(form);
		if (load(form.id()).isPresent()) {
			throw new InvalidParameterException("id", "There is already an organisation " + form.id());
		}
		if (this.log.mentions(node.toString())) {
			throw new InvalidParameterException("id", "The id " + form.id() + " belonged to an organisation before");
		}
		this.neo4j.query("""
				CREATE (o:Organisation {id: $id}) SET o:$($label), o[$keyProperty] = $key, o.name = $name,
				       o.actorType = $actorType, o.population = $population, o.aliases = $aliases,
				       o.validFrom = $validFrom, o.validTo = $validTo, o.version = 1
				""").bindAll(parameters(node, form)).run();
		this.log.record("organisation-created", form.id(), List.of(form.id()), form.name(), null,
				load(form.id()).orElseThrow());
	}

	@Transactional
	@PreAuthorize(Role.CAN_EDIT)
	public void update(OrganisationForm form) {
		NodeId node = parse("id", form.id());
		check(form);
		OrganisationForm before = load(form.id())
			.orElseThrow(() -> new InvalidParameterException("id", "No " + form.id()));
		OrganisationForm after = write(node, form, before);
		this.log.record("organisation-updated", form.id(), List.of(form.id()), summary(before, after), before, after);
	}

	private OrganisationForm write(NodeId node, OrganisationForm form, OrganisationForm before) {
		this.neo4j.query(LOCK).bind(node.toString()).to("id").run();
		boolean written = this.neo4j.query(UPDATE).bindAll(parameters(node, form)).fetch().one().isPresent();
		if (!written) {
			throw new InvalidParameterException("version", "Changed by someone else: now named " + before.name());
		}
		return load(form.id()).orElseThrow();
	}

	private static String summary(OrganisationForm before, OrganisationForm after) {
		return before.name().equals(after.name()) ? after.name() : before.name() + " → " + after.name();
	}

	/**
	 * Deletes the organisation; one with ties only when {@code withTies} says they may
	 * go.
	 */
	@Transactional
	@PreAuthorize(Role.CAN_EDIT)
	public void delete(String id, boolean withTies) {
		OrganisationForm before = load(id).orElseThrow(() -> new InvalidParameterException("id", "No " + id));
		long ties = ties(id);
		if (ties > 0 && !withTies) {
			throw new InvalidParameterException("ties", before.name() + " has " + ties + " ties");
		}
		OrganisationSnapshot snapshot = snapshot(before);
		this.neo4j.query(DELETE).bindAll(key(parse("id", id))).run();
		this.log.record("organisation-deleted", id, List.of(id), before.name(), snapshot, null);
	}

	/**
	 * Moves every tie of {@code mergedId} to {@code keptId}, keeps the merged name as an
	 * alias and deletes the merged organisation. Ties between the two disappear.
	 */
	@Transactional
	@PreAuthorize(Role.CAN_EDIT)
	public void merge(String keptId, String mergedId) {
		NodeId kept = parse("keptId", keptId);
		NodeId merged = parse("mergedId", mergedId);
		if (kept.equals(merged)) {
			throw new InvalidParameterException("mergedId", "An organisation cannot be merged with itself");
		}
		OrganisationForm keep = load(keptId).orElseThrow(() -> new InvalidParameterException("keptId", "No " + keptId));
		OrganisationForm gone = load(mergedId)
			.orElseThrow(() -> new InvalidParameterException("mergedId", "No " + mergedId));
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("keptId", kept.toString());
		parameters.put("mergedId", merged.toString());
		String pair = """
				MATCH (k:Organisation {id: $keptId})
				MATCH (m:Organisation {id: $mergedId})
				""";
		// Ties with a topic stay one per topic; others one per pair and type
		for (String move : List.of("""
				MATCH (m)-[r]->(x) WHERE x <> k AND r.topic IS NOT NULL
				WITH k, x, r, type(r) AS type, properties(r) AS properties
				DELETE r
				WITH k, x, type, properties
				MERGE (k)-[n:$(type) {topic: properties.topic}]->(x)
				ON CREATE SET n += properties ON MATCH SET n += properties {.*, id: n.id}
				""", """
				MATCH (m)-[r]->(x) WHERE x <> k AND r.topic IS NULL
				WITH k, x, r, type(r) AS type, properties(r) AS properties
				DELETE r
				WITH k, x, type, properties
				MERGE (k)-[n:$(type)]->(x)
				ON CREATE SET n += properties ON MATCH SET n += properties {.*, id: n.id}
				""", """
				MATCH (x)-[r]->(m) WHERE x <> k AND r.topic IS NOT NULL
				WITH k, x, r, type(r) AS type, properties(r) AS properties
				DELETE r
				WITH k, x, type, properties
				MERGE (x)-[n:$(type) {topic: properties.topic}]->(k)
				ON CREATE SET n += properties ON MATCH SET n += properties {.*, id: n.id}
				""", """
				MATCH (x)-[r]->(m) WHERE x <> k AND r.topic IS NULL
				WITH k, x, r, type(r) AS type, properties(r) AS properties
				DELETE r
				WITH k, x, type, properties
				MERGE (x)-[n:$(type)]->(k)
				ON CREATE SET n += properties ON MATCH SET n += properties {.*, id: n.id}
				""")) {
			this.neo4j.query(pair + move).bindAll(parameters).run();
		}
		OrganisationSnapshot snapshot = snapshot(gone);
		parameters.put("alias", gone.name());
		this.neo4j.query(pair + """
				SET k.aliases = coalesce(k.aliases, []) + [$alias], k.version = coalesce(k.version, 0) + 1
				DETACH DELETE m
				""").bindAll(parameters).run();
		this.log.record("organisation-merged", keptId, List.of(keptId, mergedId), gone.name() + " → " + keep.name(),
				snapshot, load(keptId).orElseThrow());
	}

	private void check(OrganisationForm form) {
		FormConstraints.check(this.validator, form);
		if (form.validFrom() != null && form.validTo() != null && form.validTo().isBefore(form.validFrom())) {
			throw new InvalidParameterException("validTo", "The end is before the start");
		}
		if (form.name() == null || form.name().isBlank() || form.name().length() > 120) {
			throw new InvalidParameterException("name", "A name of 1 to 120 characters is needed");
		}
		if (form.population() != null && form.population() < 0) {
			throw new InvalidParameterException("population", "Inhabitants cannot be negative");
		}
	}

	private static NodeId parse(String field, String id) {
		try {
			return NodeId.parse(id);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidParameterException(field, "Not an organisation id: " + id);
		}
	}

	private static Map<String, Object> key(NodeId node) {
		return Map.of("id", node.toString());
	}

	static Map<String, Object> parameters(NodeId node, OrganisationForm form) {
		Map<String, Object> parameters = new HashMap<>(key(node));
		parameters.put("label", node.kind().label());
		parameters.put("keyProperty", node.kind().keyProperty());
		parameters.put("key", node.key());
		parameters.put("name", form.name().strip());
		parameters.put("actorType", (node.kind() == NodeKind.ACTOR) ? form.actorType() : null);
		parameters.put("population", form.population());
		parameters.put("aliases", form.aliases());
		parameters.put("validFrom", form.validFrom());
		parameters.put("validTo", form.validTo());
		parameters.put("version", form.version());
		return parameters;
	}

	/** Undoes a creation, an update or a deletion unless a later change is in the way. */
	void revert(Change change) {
		switch (change.kind()) {
			case "organisation-created" -> {
				OrganisationForm now = current(change.after(OrganisationForm.class));
				if (ties(now.id()) > 0) {
					throw new RevertRefusedException("in-use", now.name() + " has ties now");
				}
				OrganisationSnapshot snapshot = snapshot(now);
				this.neo4j.query(DELETE).bindAll(key(parse("id", now.id()))).run();
				this.log.record("revert", now.id(), List.of(now.id()), now.name(), snapshot, null);
			}
			case "organisation-updated" -> {
				OrganisationForm now = current(change.after(OrganisationForm.class));
				OrganisationForm before = change.before(OrganisationForm.class).withVersion(now.version());
				OrganisationForm after = write(parse("id", now.id()), before, now);
				this.log.record("revert", now.id(), List.of(now.id()), summary(now, after), now, after);
			}
			case "organisation-deleted" -> {
				OrganisationSnapshot snapshot = change.before(OrganisationSnapshot.class);
				if (load(snapshot.form().id()).isPresent()) {
					throw new RevertRefusedException("exists-again", snapshot.form().id() + " exists again");
				}
				restore(snapshot);
				this.log.record("revert", snapshot.form().id(), List.of(snapshot.form().id()), snapshot.form().name(),
						null, load(snapshot.form().id()).orElseThrow());
			}
			default -> throw new InvalidParameterException("change", "Not an organisation change: " + change.kind());
		}
	}

	private OrganisationForm current(OrganisationForm after) {
		OrganisationForm now = load(after.id())
			.orElseThrow(() -> new RevertRefusedException("deleted-later", after.name() + " was deleted since"));
		if (now.version() != after.version()) {
			throw new RevertRefusedException("changed-later", now.name() + " was changed since");
		}
		return now;
	}

	private OrganisationSnapshot snapshot(OrganisationForm form) {
		Record row = this.neo4j.query(SNAPSHOT)
			.bindAll(key(parse("id", form.id())))
			.fetchAs(Record.class)
			.mappedBy((types, record) -> record)
			.one()
			.orElseThrow();
		List<OrganisationSnapshot.Relationship> relationships = row.get("relationships")
			.asList(value -> value)
			.stream()
			.filter(value -> !value.get("keys").isEmpty())
			.map(value -> new OrganisationSnapshot.Relationship(value.get("type").asString(),
					value.get("outgoing").asBoolean(), value.get("labels").get(0).asString(),
					value.get("keys").get(0).get(0).asString(), value.get("keys").get(0).get(1).asString(),
					OrganisationSnapshot.tag(value.get("properties").asMap())))
			.toList();
		return new OrganisationSnapshot(form, row.get("labels").asList(Value::asString),
				OrganisationSnapshot.tag(row.get("properties").asMap()), relationships);
	}

	private void restore(OrganisationSnapshot snapshot) {
		String id = this.neo4j.query(RESTORE)
			.bindAll(Map.of("properties", OrganisationSnapshot.untag(snapshot.properties()), "labels",
					snapshot.labels()))
			.fetchAs(String.class)
			.mappedBy((types, row) -> row.get("id").asString())
			.one()
			.orElseThrow();
		for (OrganisationSnapshot.Relationship relationship : snapshot.relationships()) {
			this.neo4j.query(relationship.outgoing() ? RESTORE_OUTGOING : RESTORE_INCOMING)
				.bindAll(Map.of("id", id, "otherLabel", relationship.otherLabel(), "otherKeyProperty",
						relationship.otherKeyProperty(), "otherKey", relationship.otherKey(), "type",
						relationship.type(), "properties", OrganisationSnapshot.untag(relationship.properties())))
				.run();
		}
	}

}
