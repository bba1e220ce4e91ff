package se.samverkanskartan.infrastructure;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded Neo4j keeps its data and which Bolt port it listens on (0 picks a
 * free port).
 *
 * @param dataDir the database directory, from NEO4J_EMBEDDED_DATA_DIR
 * @param boltPort the Bolt port on 127.0.0.1, from NEO4J_EMBEDDED_BOLT_PORT
 * @param boltPassword the password for Neo4j Browser or cypher-shell, from
 * NEO4J_EMBEDDED_BOLT_PASSWORD; when blank, a random one that only the app knows
 */
@ConfigurationProperties("samverkanskartan.neo4j.embedded")
record EmbeddedNeo4jProperties(Path dataDir, int boltPort, String boltPassword) {

	/** The given password, or 256 random bits that no one is shown. */
	String boltPasswordOrRandom() {
		if (this.boltPassword != null && !this.boltPassword.isBlank()) {
			return this.boltPassword;
		}
		byte[] secret = new byte[32];
		new java.security.SecureRandom().nextBytes(secret);
		return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
	}

}
