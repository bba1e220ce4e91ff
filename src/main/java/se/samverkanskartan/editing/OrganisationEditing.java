package se.samverkanskartan.editing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkanskartan.accounts.Role;
import se.samverkanskartan.network.InvalidParameterException;
import se.samverkanskartan.network.NetworkChanged;
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
			MATCH (o:Organisation) WHERE $label IN labels(o) AND o[$keyProperty] = $key
			RETURN o.name AS name, o.actorType AS actorType, o.population AS population,
			       coalesce(o.aliases, []) AS aliases, coalesce(o.version, 0) AS version""";

	private static final String TIES = """
			MATCH (o:Organisation) WHERE $label IN labels(o) AND o[$keyProperty] = $key
			RETURN count { (o)--() } AS ties""";

	private static final String UPDATE = """
			MATCH (o:Organisation) WHERE $label IN labels(o) AND o[$keyProperty] = $key
			  AND coalesce(o.version, 0) = $version
			SET o.name = $name, o.actorType = $actorType, o.population = $population, o.aliases = $aliases,
			    o.version = $version + 1
			RETURN o.version AS version""";

	private static final String DELETE = """
			MATCH (o:Organisation) WHERE $label IN labels(o) AND o[$keyProperty] = $key
			DETACH DELETE o""";

	private final Neo4jClient neo4j;

	private final ApplicationEventPublisher events;

	OrganisationEditing(Neo4jClient neo4j, ApplicationEventPublisher events) {
		this.neo4j = neo4j;
		this.events = events;
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
					row.get("aliases").asList(value -> value.asString()), row.get("version").asLong()))
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
		Map<String, Object> parameters = parameters(node, form);
		this.neo4j.query("""
				CREATE (o:Organisation) SET o:$($label), o[$keyProperty] = $key, o.name = $name,
				       o.actorType = $actorType, o.population = $population, o.aliases = $aliases, o.version = 1
				""").bindAll(parameters).run();
		record("organisation-created", form.id(), form.name());
	}

	@Transactional
	@PreAuthorize(Role.CAN_EDIT)
	public void update(OrganisationForm form) {
		NodeId node = parse("id", form.id());
		check(form);
		OrganisationForm before = load(form.id())
			.orElseThrow(() -> new InvalidParameterException("id", "No " + form.id()));
		boolean written = this.neo4j.query(UPDATE).bindAll(parameters(node, form)).fetch().one().isPresent();
		if (!written) {
			throw new InvalidParameterException("version", "Changed by someone else: now named " + before.name());
		}
		record("organisation-updated", form.id(), before.name() + " → " + form.name());
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
		this.neo4j.query(DELETE).bindAll(key(parse("id", id))).run();
		record("organisation-deleted", id, before.name() + " (" + ties + ")");
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
		parameters.put("kLabel", kept.kind().label());
		parameters.put("kKeyProperty", kept.kind().keyProperty());
		parameters.put("kKey", kept.key());
		parameters.put("mLabel", merged.kind().label());
		parameters.put("mKeyProperty", merged.kind().keyProperty());
		parameters.put("mKey", merged.key());
		String pair = """
				MATCH (k:Organisation) WHERE $kLabel IN labels(k) AND k[$kKeyProperty] = $kKey
				MATCH (m:Organisation) WHERE $mLabel IN labels(m) AND m[$mKeyProperty] = $mKey
				""";
		// Ties with a topic stay one per topic; others one per pair and type
		for (String move : List.of("""
				MATCH (m)-[r]->(x) WHERE x <> k AND r.topic IS NOT NULL
				WITH k, x, type(r) AS type, properties(r) AS properties
				MERGE (k)-[n:$(type) {topic: properties.topic}]->(x) SET n += properties
				""", """
				MATCH (m)-[r]->(x) WHERE x <> k AND r.topic IS NULL
				WITH k, x, type(r) AS type, properties(r) AS properties
				MERGE (k)-[n:$(type)]->(x) SET n += properties
				""", """
				MATCH (x)-[r]->(m) WHERE x <> k AND r.topic IS NOT NULL
				WITH k, x, type(r) AS type, properties(r) AS properties
				MERGE (x)-[n:$(type) {topic: properties.topic}]->(k) SET n += properties
				""", """
				MATCH (x)-[r]->(m) WHERE x <> k AND r.topic IS NULL
				WITH k, x, type(r) AS type, properties(r) AS properties
				MERGE (x)-[n:$(type)]->(k) SET n += properties
				""")) {
			this.neo4j.query(pair + move).bindAll(parameters).run();
		}
		parameters.put("alias", gone.name());
		this.neo4j.query(pair + """
				SET k.aliases = coalesce(k.aliases, []) + [$alias], k.version = coalesce(k.version, 0) + 1
				DETACH DELETE m
				""").bindAll(parameters).run();
		record("organisation-merged", keptId, gone.name() + " → " + keep.name());
	}

	private static void check(OrganisationForm form) {
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
		return Map.of("label", node.kind().label(), "keyProperty", node.kind().keyProperty(), "key", node.key());
	}

	private static Map<String, Object> parameters(NodeId node, OrganisationForm form) {
		Map<String, Object> parameters = new HashMap<>(key(node));
		parameters.put("name", form.name().strip());
		parameters.put("actorType", (node.kind() == NodeKind.ACTOR) ? form.actorType() : null);
		parameters.put("population", form.population());
		parameters.put("aliases", form.aliases());
		parameters.put("version", form.version());
		return parameters;
	}

	private void record(String kind, String id, String summary) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", UUID.randomUUID().toString());
		parameters.put("by", SecurityContextHolder.getContext().getAuthentication().getName());
		parameters.put("kind", kind);
		parameters.put("tieId", id);
		parameters.put("summary", summary);
		parameters.put("before", null);
		parameters.put("after", null);
		this.neo4j.query(TieQueries.RECORD).bindAll(parameters).run();
		this.events.publishEvent(new NetworkChanged(kind));
	}

	static List<String> kinds() {
		return List.of("organisation-created", "organisation-updated", "organisation-deleted", "organisation-merged");
	}

}
