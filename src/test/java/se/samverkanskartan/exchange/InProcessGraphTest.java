package se.samverkanskartan.exchange;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import se.samverkanskartan.Neo4jIntegrationTest;
import se.samverkanskartan.TestNeo4j;
import se.samverkanskartan.infrastructure.InProcessNeo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class InProcessGraphTest extends Neo4jIntegrationTest {

	@Autowired
	StoredGraph stored;

	@Autowired
	Neo4jClient neo4j;

	InProcessNeo4j database;

	@BeforeEach
	void needsTheHarness() {
		this.database = TestNeo4j.inProcess();
		assumeTrue(this.database != null, "a Neo4j container is not in this JVM");
	}

	@AfterEach
	void removeTestActor() {
		this.neo4j.query("MATCH (n:Actor {slug: 'test-in-process'}) DETACH DELETE n").run();
	}

	@Test
	void the_java_api_reads_the_same_snapshot_as_cypher_over_bolt() {
		this.neo4j
			.query("""
					MATCH (m:Municipality {code: '0125'})
					CREATE (a:Actor {slug: 'test-in-process', name: 'Test', aliases: ['T', 'Testet'], founded: date('2020-05-01'),
					                 members: 12, share: 0.5, active: true, counts: [1, 2]})-[:COOPERATES_WITH {topic: 'unga'}]->(m)
					""")
			.run();
		StoredGraph.Snapshot overBolt = this.stored.read();
		StoredGraph.Snapshot inProcess;
		try (var tx = this.database.database().beginTx()) {
			inProcess = new InProcessGraph(tx).read();
		}
		assertThat(overBolt.nodes()).hasSizeGreaterThan(100);
		assertThat(overBolt.nodes()).anyMatch(node -> List.of("T", "Testet").equals(node.properties().get("aliases")));
		assertThat(inProcess).isEqualTo(overBolt);
	}

	@Test
	void values_are_stored_as_cypher_stores_them() {
		assertThat(InProcessGraph.storable(7)).isEqualTo(7L);
		assertThat(InProcessGraph.storable(List.of("a", "b"))).isEqualTo(new String[] { "a", "b" });
		assertThat(InProcessGraph.storable(List.of(1, 2L))).isEqualTo(new long[] { 1, 2 });
		assertThat(InProcessGraph.storable(List.of())).isEqualTo(new String[0]);
		assertThatThrownBy(() -> InProcessGraph.storable(List.of("a", 1))).hasMessageContaining("mixes types");
	}

}
