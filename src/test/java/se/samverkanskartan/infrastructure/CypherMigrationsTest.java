package se.samverkanskartan.infrastructure;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import se.samverkanskartan.Neo4jIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CypherMigrationsTest extends Neo4jIntegrationTest {

	private static final String SNAPSHOT = """
			MATCH (n) WHERE NOT n:__Migration
			OPTIONAL MATCH (n)-[r]->(m)
			WITH n, r, m ORDER BY type(r), elementId(m), r.topic
			WITH n, collect([type(r), properties(r), elementId(m)]) AS rels
			RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props, rels
			ORDER BY id
			""";

	@Autowired
	CypherMigrations migrations;

	@Autowired
	Driver driver;

	@Test
	void every_migration_in_cypher_folder_was_applied_at_start_up() {
		List<CypherMigration> all = CypherMigrations.load();

		assertThat(all).extracting(CypherMigration::fileName).startsWith("V0001__schema.cypher");
		assertThat(this.migrations.apply(all)).as("nothing is left to apply").isZero();
		assertThat(this.driver.executableQuery("MATCH (m:__Migration) RETURN count(m) AS n").execute().records())
			.singleElement()
			.satisfies(row -> assertThat(row.get("n").asInt()).isEqualTo(all.size()));
	}

	@Test
	void running_every_migration_statement_again_changes_nothing() {
		var before = snapshot();

		for (CypherMigration migration : CypherMigrations.load()) {
			try (var session = this.driver.session()) {
				session.executeWriteWithoutResult(tx -> migration.statements().forEach(tx::run));
			}
		}

		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void a_failing_migration_is_rolled_back_and_named() {
		var broken = CypherMigration.parse("V9901__broken.cypher", """
				CREATE (:Probe {name: 'half-written'});
				MATCH (n) RETURN n.name +;
				""");

		assertThatExceptionOfType(Neo4jStartupException.class).isThrownBy(() -> this.migrations.apply(List.of(broken)))
			.withMessageContaining("V9901__broken.cypher")
			.satisfies(ex -> assertThat(ex.action()).contains("left as it was"));
		assertThat(count("MATCH (p:Probe) RETURN count(p) AS n")).isZero();
		assertThat(count("MATCH (m:__Migration {version: '9901'}) RETURN count(m) AS n")).isZero();
	}

	@Test
	void a_migration_edited_after_it_was_applied_stops_start_up_with_its_name() {
		var applied = CypherMigration.parse("V9902__probe.cypher", "MERGE (:Probe2 {name: 'x'});");
		var edited = CypherMigration.parse("V9902__probe.cypher", "MERGE (:Probe2 {name: 'y'});");
		try {
			assertThat(this.migrations.apply(List.of(applied))).isOne();

			assertThatExceptionOfType(Neo4jStartupException.class)
				.isThrownBy(() -> this.migrations.apply(List.of(edited)))
				.withMessageContaining("V9902__probe.cypher");
		}
		finally {
			this.driver
				.executableQuery("MATCH (n) WHERE n:Probe2 OR (n:__Migration AND n.version = '9902') DETACH DELETE n")
				.execute();
		}
	}

	private List<Map<String, Object>> snapshot() {
		return this.driver.executableQuery(SNAPSHOT).execute().records().stream().map(row -> row.asMap()).toList();
	}

	private int count(String query) {
		return this.driver.executableQuery(query).execute().records().getFirst().get("n").asInt();
	}

}
