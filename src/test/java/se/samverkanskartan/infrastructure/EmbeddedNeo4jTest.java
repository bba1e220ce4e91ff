package se.samverkanskartan.infrastructure;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EmbeddedNeo4jTest {

	private static final String PASSWORD = "embedded-test-password";

	@TempDir
	Path dataDir;

	@Test
	void data_written_over_bolt_survives_a_restart() {
		try (var neo4j = EmbeddedNeo4j.start(this.dataDir, 0, PASSWORD)) {
			assertThat(neo4j.boltUri().getHost()).isEqualTo("127.0.0.1");
			assertThat(neo4j.boltUri().getPort()).isPositive();
			run(neo4j, "CREATE (:Probe {name: 'Österåker'})");
		}
		try (var neo4j = EmbeddedNeo4j.start(this.dataDir, 0, PASSWORD)) {
			assertThat(run(neo4j, "MATCH (p:Probe) RETURN p.name AS name")).isEqualTo("Österåker");
		}
	}

	@Test
	void a_data_directory_in_use_by_another_instance_is_named_in_the_error() {
		try (var first = EmbeddedNeo4j.start(this.dataDir, 0, PASSWORD)) {
			assertThatExceptionOfType(Neo4jStartupException.class)
				.isThrownBy(() -> EmbeddedNeo4j.start(this.dataDir, 0, PASSWORD).close())
				.withMessageContaining(this.dataDir.toString())
				.withMessageContaining("locked by another running instance")
				.satisfies(ex -> assertThat(ex.action()).contains("NEO4J_EMBEDDED_DATA_DIR"));
		}
	}

	@Test
	void a_bolt_port_in_use_is_named_in_the_error() throws IOException {
		try (var taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			assertThatExceptionOfType(Neo4jStartupException.class)
				.isThrownBy(() -> EmbeddedNeo4j.start(this.dataDir, taken.getLocalPort(), PASSWORD).close())
				.withMessageContaining("127.0.0.1:" + taken.getLocalPort())
				.withMessageContaining("already in use")
				.satisfies(ex -> assertThat(ex.action()).contains("NEO4J_EMBEDDED_BOLT_PORT"));
		}
	}

	@Test
	void bolt_refuses_a_connection_without_the_password() {
		try (var neo4j = EmbeddedNeo4j.start(this.dataDir, 0, PASSWORD)) {
			for (AuthToken wrong : List.of(AuthTokens.none(), AuthTokens.basic("neo4j", "neo4j"),
					AuthTokens.basic("neo4j", "wrong-password"))) {
				try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), wrong)) {
					assertThatExceptionOfType(AuthenticationException.class)
						.isThrownBy(() -> driver.executableQuery("RETURN 1").execute());
				}
			}
		}
	}

	@Test
	void cypher_cannot_read_local_files() throws IOException {
		Path secret = Files.writeString(this.dataDir.resolveSibling(this.dataDir.getFileName() + ".env"),
				"ADMIN_PASSWORD=hemligt\n");
		try (var neo4j = EmbeddedNeo4j.start(this.dataDir, 0, PASSWORD)) {
			for (String url : List.of(secret.toUri().toString(), "file:///proc/self/environ")) {
				assertThatExceptionOfType(ClientException.class).isThrownBy(
						() -> run(neo4j, "LOAD CSV FROM $url AS row RETURN head(row)", java.util.Map.of("url", url)))
					.withMessageContaining("file");
			}
		}
		finally {
			Files.deleteIfExists(secret);
		}
	}

	private static String run(EmbeddedNeo4j neo4j, String query) {
		return run(neo4j, query, java.util.Map.of());
	}

	private static String run(EmbeddedNeo4j neo4j, String query, java.util.Map<String, Object> parameters) {
		try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.boltAuth())) {
			var records = driver.executableQuery(query).withParameters(parameters).execute().records();
			return records.isEmpty() ? null : records.getFirst().get(0).asString();
		}
	}

}
