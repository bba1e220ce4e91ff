package se.samverkanskartan.editing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.neo4j.driver.Record;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import se.samverkanskartan.network.NetworkChanged;

/** Writes and reads the {@code (:Change)} nodes that every edit leaves behind. */
@Component
class ChangeLog {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String RECORD = """
			CREATE (c:Change {id: $id, at: datetime(), by: $by, kind: $kind, tieId: $subjectId, summary: $summary,
			                  organisations: $organisations, before: $before, after: $after, removed: $removed})
			""";

	private static final String MENTIONS = """
			OPTIONAL MATCH (c:Change) WHERE c.tieId = $id OR $id IN c.organisations
			RETURN count(c) > 0 AS mentioned""";

	private static final String REMOVED = "MATCH (c:Change {id: $id}) RETURN c.removed AS removed";

	private static final String FIND = """
			MATCH (c:Change {id: $id})
			RETURN c.id AS id, c.at AS at, c.by AS by, c.kind AS kind, c.tieId AS subjectId, c.summary AS summary,
			       coalesce(c.organisations, []) AS organisations, c.before AS before, c.after AS after
			""";

	private static final String SEARCH = """
			MATCH (c:Change)
			WHERE ($subjectId IS NULL OR c.tieId = $subjectId OR c.legacyTieId = $subjectId)
			  AND ($organisation IS NULL OR $organisation IN coalesce(c.organisations, []) OR c.tieId = $organisation)
			RETURN c.id AS id, c.at AS at, c.by AS by, c.kind AS kind, c.tieId AS subjectId, c.summary AS summary,
			       coalesce(c.organisations, []) AS organisations, c.before AS before, c.after AS after
			ORDER BY c.at DESC LIMIT $limit
			""";

	private final Neo4jClient neo4j;

	private final ApplicationEventPublisher events;

	private final ObjectProvider<SecurityContextHolderStrategy> logins;

	/**
	 * @param logins the login holder this app's method security reads (Vaadin registers
	 * one); the static holder belongs to whichever app in the JVM set it last
	 */
	ChangeLog(Neo4jClient neo4j, ApplicationEventPublisher events,
			ObjectProvider<SecurityContextHolderStrategy> logins) {
		this.neo4j = neo4j;
		this.events = events;
		this.logins = logins;
	}

	/** Records a change by the logged-in user and tells the read models. */
	void record(String kind, String subjectId, List<String> organisations, String summary, Object before,
			Object after) {
		record(kind, subjectId, organisations, summary, before, after, null);
	}

	/**
	 * Records a change that removed a tie, with everything the tie was, so that a revert
	 * brings it back whole.
	 */
	void record(String kind, String subjectId, List<String> organisations, String summary, Object before, Object after,
			RemovedTie removed) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", UUID.randomUUID().toString());
		parameters.put("by",
				this.logins.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)
					.getContext()
					.getAuthentication()
					.getName());
		parameters.put("kind", kind);
		parameters.put("subjectId", subjectId);
		parameters.put("summary", summary);
		parameters.put("organisations", organisations);
		parameters.put("before", (before == null) ? null : JSON.writeValueAsString(before));
		parameters.put("after", (after == null) ? null : JSON.writeValueAsString(after));
		parameters.put("removed", (removed == null) ? null : JSON.writeValueAsString(removed));
		this.neo4j.query(RECORD).bindAll(parameters).run();
		this.events.publishEvent(new NetworkChanged(kind));
	}

	Optional<Change> find(String id) {
		return this.neo4j.query(FIND)
			.bind(id)
			.to("id")
			.fetchAs(Change.class)
			.mappedBy((types, row) -> change(row))
			.one();
	}

	/** Whether any change concerned this id, so that it is never given to another. */
	boolean mentions(String id) {
		return this.neo4j.query(MENTIONS).bind(id).to("id").fetchAs(Boolean.class).one().orElse(false);
	}

	/** What a removal took away, for changes recorded with it. */
	Optional<RemovedTie> removed(String changeId) {
		return this.neo4j.query(REMOVED)
			.bind(changeId)
			.to("id")
			.fetchAs(String.class)
			.mappedBy((types, row) -> row.get("removed").asString(null))
			.one()
			.map(json -> JSON.readValue(json, RemovedTie.class));
	}

	List<Change> search(String subjectId, String organisation, int limit) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("subjectId", subjectId);
		parameters.put("organisation", organisation);
		parameters.put("limit", limit);
		return List.copyOf(this.neo4j.query(SEARCH)
			.bindAll(parameters)
			.fetchAs(Change.class)
			.mappedBy((types, row) -> change(row))
			.all());
	}

	private static Change change(Record row) {
		return new Change(row.get("id").asString(), row.get("at").asZonedDateTime(), row.get("by").asString(),
				row.get("kind").asString(), row.get("subjectId").asString(null), row.get("summary").asString(""),
				row.get("organisations").asList(value -> value.asString()), row.get("before").asString(null),
				row.get("after").asString(null));
	}

}
