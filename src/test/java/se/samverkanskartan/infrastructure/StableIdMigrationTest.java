package se.samverkanskartan.infrastructure;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import se.samverkanskartan.Neo4jIntegrationTest;
import se.samverkanskartan.editing.Change;
import se.samverkanskartan.editing.History;
import se.samverkanskartan.network.NetworkChanged;
import se.samverkanskartan.network.SourceService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database from before stable ids: V0012 gives its ties ids, keeps their old element
 * ids for old links, and moves the history onto the new ids where it still fits.
 */
class StableIdMigrationTest extends Neo4jIntegrationTest {

	private static final String GONE = "4:00000000-0000-0000-0000-000000000000:999999";

	@Autowired
	Driver driver;

	@Autowired
	SourceService sources;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	History history;

	@AfterEach
	void cleanUp() {
		run("MATCH ()-[r:COOPERATES_WITH {source: 'Gammalt avtal'}]->() DELETE r", Map.of());
		run("MATCH (c:Change) DELETE c", Map.of());
		this.events.publishEvent(new NetworkChanged("test data"));
	}

	@Test
	void old_ties_get_ids_old_links_still_open_and_the_history_follows_its_tie() {
		String old = single("""
				MATCH (a:Municipality {code: '0125'}), (b:Municipality {code: '0128'})
				CREATE (a)-[r:COOPERATES_WITH {topic: 'krisberedskap', confidence: 'explicit', source: 'Gammalt avtal',
				                               quote: 'Vi samverkar'}]->(b)
				RETURN elementId(r) AS id""", Map.of());
		change("kept", old, List.of("municipality:0125", "municipality:0128"), "{\"topic\":\"krisberedskap\"}");
		change("gone-created", GONE, List.of("municipality:0180", "municipality:0182"), "{\"topic\":\"unga\"}");
		change("gone-deleted", GONE, List.of("municipality:0180", "municipality:0182"), null);
		change("reused", old, List.of("municipality:0180", "municipality:0182"), "{\"topic\":\"unga\"}");

		CypherMigration stableIds = CypherMigrations.load()
			.stream()
			.filter(migration -> migration.fileName().equals("V0012__stable_ids.cypher"))
			.findFirst()
			.orElseThrow();
		try (var session = this.driver.session()) {
			session.executeWriteWithoutResult(tx -> stableIds.statements().forEach(tx::run));
		}

		String id = single("MATCH ()-[r:COOPERATES_WITH {source: 'Gammalt avtal'}]->() RETURN r.id AS id", Map.of());
		assertThat(id).isNotEqualTo(old).hasSize(36);
		assertThat(tieIdOf("kept")).isEqualTo(id);
		assertThat(tieIdOf("gone-created")).isEqualTo(tieIdOf("gone-deleted")).isNotIn(GONE, id);
		assertThat(tieIdOf("reused")).as("another pair under a reused element id")
			.isNotIn(old, id, tieIdOf("gone-created"));
		assertThat(this.sources.tie(old)).hasValueSatisfying(tie -> assertThat(tie.tieId()).isEqualTo(id));
		assertThat(this.history.ofSubject(GONE, 10)).as("an old history link")
			.extracting(Change::id)
			.containsExactlyInAnyOrder("gone-created", "gone-deleted");
	}

	private void change(String id, String tieId, List<String> organisations, String after) {
		run("CREATE (:Change {id: $id, at: datetime(), by: 'redaktor', kind: 'tie-updated', tieId: $tieId, "
				+ "organisations: $organisations, after: $after})",
				Map.of("id", id, "tieId", tieId, "organisations", organisations, "after",
						(after == null) ? "" : after));
	}

	private String tieIdOf(String changeId) {
		return single("MATCH (c:Change {id: $id}) RETURN c.tieId AS id", Map.of("id", changeId));
	}

	private String single(String query, Map<String, Object> parameters) {
		return this.driver.executableQuery(query)
			.withParameters(parameters)
			.execute()
			.records()
			.getFirst()
			.get("id")
			.asString();
	}

	private void run(String query, Map<String, Object> parameters) {
		this.driver.executableQuery(query).withParameters(parameters).execute();
	}

}
