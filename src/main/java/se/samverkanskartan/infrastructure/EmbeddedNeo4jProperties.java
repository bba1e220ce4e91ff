package se.samverkanskartan.infrastructure;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded Neo4j keeps its data and which Bolt port it listens on (0 picks a
 * free port).
 *
 * @param dataDir the database directory, from NEO4J_EMBEDDED_DATA_DIR
 * @param boltPort the Bolt port on 127.0.0.1, from NEO4J_EMBEDDED_BOLT_PORT
 */
@ConfigurationProperties("samverkanskartan.neo4j.embedded")
record EmbeddedNeo4jProperties(Path dataDir, int boltPort) {

}
