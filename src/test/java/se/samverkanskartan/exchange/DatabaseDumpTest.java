package se.samverkanskartan.exchange;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import se.samverkanskartan.Neo4jIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

import se.samverkanskartan.network.NetworkChanged;

class DatabaseDumpTest extends Neo4jIntegrationTest {

	private static final java.util.Locale SV = se.samverkanskartan.infrastructure.TranslationProvider.SWEDISH;

	@Autowired
	DatabaseDump dump;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	ApplicationEventPublisher events;

	@AfterEach
	void removeTestActors() {
		this.neo4j.query("MATCH (n:Actor) WHERE n.slug STARTS WITH 'test-' DETACH DELETE n").run();
		this.events.publishEvent(new NetworkChanged("test data"));
	}

	private long count(String cypher) {
		return this.neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
	}

	private static JsonNode withoutDate(byte[] json) {
		ObjectNode root = (ObjectNode) DumpWriter.JSON.readTree(json);
		root.remove("exportedAt");
		return root;
	}

	@Test
	void a_dump_restored_into_an_empty_database_gives_the_identical_graph() {
		byte[] before = this.dump.dump();
		long nodes = count("MATCH (n) WHERE NOT n:__Migration AND NOT n:User RETURN count(n)");
		long ties = count("MATCH ()-[r]->() RETURN count(r)");

		this.neo4j.query("MATCH (n) WHERE NOT n:__Migration AND NOT n:User DETACH DELETE n").run();
		ImportReport report = this.dump.apply("dump.json", before, SV);

		assertThat(report.problems()).isEmpty();
		assertThat(report.applied()).isTrue();
		assertThat(report.nodesCreated()).isEqualTo((int) nodes);
		assertThat(count("MATCH (n) WHERE NOT n:__Migration AND NOT n:User RETURN count(n)")).isEqualTo(nodes);
		assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(ties);
		assertThat(withoutDate(this.dump.dump())).isEqualTo(withoutDate(before));
	}

	@Test
	void importing_the_same_file_again_changes_nothing() {
		byte[] current = this.dump.dump();

		ImportReport dryRun = this.dump.dryRun("dump.json", current, SV);
		ImportReport applied = this.dump.apply("dump.json", current, SV);

		for (ImportReport report : List.of(dryRun, applied)) {
			assertThat(report.ok()).isTrue();
			assertThat(report.nodesCreated() + report.nodesUpdated()).isZero();
			assertThat(report.relationshipsCreated() + report.relationshipsUpdated()).isZero();
			assertThat(report.nodesUnchanged()).isPositive();
		}
		assertThat(dryRun.applied()).isFalse();
		assertThat(withoutDate(this.dump.dump())).isEqualTo(withoutDate(current));
	}

	@Test
	void a_dry_run_lists_what_would_be_created_and_writes_nothing() {
		String file = dump(
				"""
						{"labels": ["Actor", "Organisation"], "key": "test-forening", "properties": {"name": "Testföreningen", "actorType": "civil-society"}}
						""",
				"""
						{"type": "COOPERATES_WITH", "from": {"label": "Actor", "key": "test-forening"}, "to": {"label": "Municipality", "key": "0125"}, "properties": {"topic": "unga", "confidence": "explicit"}}
						""");

		ImportReport report = this.dump.dryRun("ny.json", bytes(file), SV);

		assertThat(report.problems()).isEmpty();
		assertThat(report.nodesCreated()).isEqualTo(1);
		assertThat(report.relationshipsCreated()).isEqualTo(1);
		assertThat(count("MATCH (n:Actor {slug: 'test-forening'}) RETURN count(n)")).isZero();

		assertThat(this.dump.apply("ny.json", bytes(file), SV).applied()).isTrue();
		assertThat(count(
				"MATCH (:Actor {slug: 'test-forening'})-[r:COOPERATES_WITH {topic: 'unga'}]->(:Municipality {code: '0125'}) RETURN count(r)"))
			.isEqualTo(1);
	}

	@Test
	void every_problem_is_named_with_its_place_and_nothing_is_written() {
		long before = count("MATCH (n) RETURN count(n)");
		String file = """
				{"format": "samverkanskartan-dump", "version": 1, "extra": true,
				 "nodes": [
				   {"labels": ["Actor"], "key": "test-a", "properties": {"name": "A"}},
				   {"labels": ["Actor"], "key": "test-a", "properties": {"name": "A again"}},
				   {"labels": ["Planet"], "key": "x", "properties": {}},
				   {"labels": ["Actor"], "key": "test-b", "properties": {"name": {"nested": 1, "deeper": 2}}, "colour": "red"}
				 ],
				 "relationships": [
				   {"type": "COOPERATES_WITH", "from": {"label": "Actor", "key": "test-a"}, "to": {"label": "Municipality", "key": "9999"}, "properties": {"topic": "unga"}},
				   {"type": "likes; DROP", "from": {"label": "Actor", "key": "test-a"}, "to": {"label": "Municipality", "key": "0125"}, "properties": {}}
				 ]}
				""";

		ImportReport report = this.dump.apply("fel.json", bytes(file), SV);

		assertThat(report.applied()).isFalse();
		assertThat(report.problems()).extracting(ImportProblem::location)
			.contains("extra", "nodes[1]", "nodes[2].labels", "nodes[3].colour", "nodes[3].properties.name",
					"relationships[0].to", "relationships[1].type");
		assertThat(report.problems()).allMatch(problem -> problem.file().equals("fel.json"));
		assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(before);
	}

	@Test
	void broken_or_empty_files_are_refused_with_a_message() {
		assertThat(this.dump.dryRun("tom.json", new byte[0], SV).problems()).extracting(ImportProblem::message)
			.containsExactly("Filen är tom");
		ImportReport broken = this.dump.dryRun("trasig.json", bytes("{\"nodes\": [\n  {\"labels\": }"), SV);
		assertThat(broken.problems()).singleElement()
			.satisfies(problem -> assertThat(problem.location()).startsWith("rad 2"));
		assertThat(this.dump
			.dryRun("fel.json", bytes("{\"format\": \"x\", \"version\": \"1\", \"nodes\": {}, \"relationships\": []}"),
					SV)
			.problems()).extracting(ImportProblem::location).contains("format", "version", "nodes");
	}

	private static String dump(String node, String relationship) {
		return "{\"format\": \"samverkanskartan-dump\", \"version\": 1, \"nodes\": [" + node + "], \"relationships\": ["
				+ relationship + "]}";
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
