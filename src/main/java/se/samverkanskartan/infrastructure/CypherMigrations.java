package se.samverkanskartan.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies the Cypher files from {@code cypher/} (shipped as
 * {@code classpath:neo4j/migrations}) in version order before the web server starts, each
 * file in one transaction, and records what was applied. A failing file leaves the
 * database as it was and stops start-up with a message naming the file.
 *
 * <p>
 * neo4j-migrations would be the library of choice, but its parent POM is missing from the
 * Maven Central this project builds against, so this small runner stands in.
 */
@Component
class CypherMigrations implements SmartInitializingSingleton {

	static final String LOCATION = "classpath*:neo4j/migrations/V*.cypher";

	private static final Logger log = LoggerFactory.getLogger(CypherMigrations.class);

	private final Driver driver;

	private final Neo4jConnectionDetails connection;

	private final ObjectProvider<EmbeddedNeo4j> embedded;

	CypherMigrations(Driver driver, Neo4jConnectionDetails connection, ObjectProvider<EmbeddedNeo4j> embedded) {
		this.driver = driver;
		this.connection = connection;
		this.embedded = embedded;
	}

	/**
	 * Runs after every other bean is ready, so that the embedded database starts
	 * meanwhile.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		this.embedded.ifAvailable(EmbeddedNeo4j::awaitStarted);
		verifyConnectivity();
		apply(load());
	}

	private void verifyConnectivity() {
		try {
			this.driver.verifyConnectivity();
		}
		catch (Neo4jException ex) {
			throw new Neo4jStartupException(
					"Cannot connect to Neo4j at " + this.connection.getUri() + ": " + ex.getMessage(),
					"Check NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD and that the server is running, "
							+ "or unset NEO4J_URI to use the embedded database.",
					ex);
		}
	}

	static List<CypherMigration> load() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
			return Arrays.stream(resources)
				.map(CypherMigrations::read)
				.sorted(Comparator.comparing(migration -> Long.parseLong(migration.version())))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static CypherMigration read(Resource resource) {
		try {
			String name = Objects.requireNonNull(resource.getFilename());
			return CypherMigration.parse(name, resource.getContentAsString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Applies the migrations not yet recorded.
	 * @param migrations the migrations in version order
	 * @return how many were applied now
	 */
	int apply(List<CypherMigration> migrations) {
		int applied = 0;
		try (var session = this.driver.session(SessionConfig.defaultConfig())) {
			for (CypherMigration migration : migrations) {
				String recorded = session.executeRead(tx -> recordedChecksum(tx, migration.version()));
				if (migration.checksum().equals(recorded)) {
					continue;
				}
				if (recorded != null) {
					throw new Neo4jStartupException(
							"Cypher migration " + migration.fileName() + " was changed after it was applied.",
							"Restore the file and put the change into a new migration file with a higher version.",
							null);
				}
				applyOne(session, migration);
				applied++;
			}
		}
		if (applied > 0) {
			log.info("Applied {} Cypher migration(s)", applied);
		}
		return applied;
	}

	private void applyOne(org.neo4j.driver.Session session, CypherMigration migration) {
		log.info("Applying Cypher migration {}", migration.fileName());
		try {
			if (migration.isSchemaOnly()) {
				session.executeWriteWithoutResult(tx -> runAll(tx, migration));
				session.executeWriteWithoutResult(tx -> record(tx, migration));
			}
			else {
				session.executeWriteWithoutResult(tx -> {
					runAll(tx, migration);
					record(tx, migration);
				});
			}
		}
		catch (Neo4jException ex) {
			throw new Neo4jStartupException(
					"Cypher migration " + migration.fileName() + " failed and was rolled back: " + ex.getMessage(),
					"Fix the statement in cypher/" + migration.fileName()
							+ "; the database was left as it was before this file.",
					ex);
		}
	}

	private static void runAll(TransactionContext tx, CypherMigration migration) {
		migration.statements().forEach(statement -> tx.run(statement).consume());
	}

	private static String recordedChecksum(TransactionContext tx, String version) {
		var result = tx.run("MATCH (m:__Migration {version: $version}) RETURN m.checksum AS checksum",
				Map.of("version", version));
		return result.hasNext() ? result.single().get("checksum").asString() : null;
	}

	private static void record(TransactionContext tx, CypherMigration migration) {
		tx.run("""
				MERGE (m:__Migration {version: $version})
				SET m.file = $file, m.checksum = $checksum, m.appliedAt = datetime()
				""",
				Map.of("version", migration.version(), "file", migration.fileName(), "checksum", migration.checksum()))
			.consume();
	}

}
