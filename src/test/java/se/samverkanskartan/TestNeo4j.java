package se.samverkanskartan;

import java.net.URI;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.neo4j.Neo4jContainer;

import se.samverkanskartan.infrastructure.InProcessNeo4j;

/**
 * One real Neo4j per test JVM: in-process neo4j-harness by default, or a Neo4j container
 * with {@code -Ptestcontainers} (tests are skipped where no Docker engine runs).
 */
public final class TestNeo4j {

	private static URI boltUri;

	private static Neo4j harness;

	private TestNeo4j() {
	}

	/** Points the application under test at this Neo4j, as NEO4J_URI would. */
	/** The first admin of the test app (every test JVM shares one database). */
	public static final String ADMIN = "admin";

	public static final String ADMIN_PASSWORD = "test-admin-password";

	public static void register(DynamicPropertyRegistry registry) {
		registry.add("NEO4J_URI", () -> boltUri().toString());
		registry.add("ADMIN_USERNAME", () -> ADMIN);
		registry.add("ADMIN_PASSWORD", () -> ADMIN_PASSWORD);
	}

	/** Whether this run uses a Neo4j container ({@code -Ptestcontainers}). */
	public static boolean usesContainer() {
		return "container".equals(System.getProperty("test.neo4j"));
	}

	public static synchronized URI boltUri() {
		if (boltUri == null) {
			boltUri = usesContainer() ? startContainer() : startHarness();
		}
		return boltUri;
	}

	/**
	 * The harness's database as the embedded Neo4j offers it to the import, in this JVM;
	 * null with a container.
	 */
	public static synchronized InProcessNeo4j inProcess() {
		boltUri();
		Neo4j neo4j = harness;
		return (neo4j != null) ? neo4j::defaultDatabaseService : null;
	}

	private static URI startHarness() {
		Neo4j neo4j = Neo4jBuilders.newInProcessBuilder()
			.withDisabledServer()
			.withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
			.build();
		Runtime.getRuntime().addShutdownHook(new Thread(neo4j::close));
		harness = neo4j;
		return neo4j.boltURI();
	}

	@SuppressWarnings("resource") // stopped by Testcontainers' Ryuk when the JVM ends
	private static URI startContainer() {
		var container = new Neo4jContainer("neo4j:2026.08-community").withoutAuthentication();
		container.start();
		return URI.create(container.getBoltUrl());
	}

}
