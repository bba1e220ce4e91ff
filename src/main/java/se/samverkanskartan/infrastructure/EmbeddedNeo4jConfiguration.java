package se.samverkanskartan.infrastructure;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.NoneNestedConditions;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded Neo4j unless NEO4J_URI names a server. Boot's driver is built from
 * the {@link Neo4jConnectionDetails} declared here, so the database is up before anything
 * talks to it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jConfiguration.NoExternalNeo4j.class)
@EnableConfigurationProperties(EmbeddedNeo4jProperties.class)
class EmbeddedNeo4jConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties) {
		return EmbeddedNeo4j.startInBackground(properties.dataDir(), properties.boltPort(),
				properties.boltPasswordOrRandom());
	}

	@Bean
	Neo4jConnectionDetails neo4jConnectionDetails(EmbeddedNeo4j embeddedNeo4j) {
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return embeddedNeo4j.boltUri();
			}

			@Override
			public AuthToken getAuthToken() {
				return embeddedNeo4j.boltAuth();
			}
		};
	}

	static class NoExternalNeo4j extends NoneNestedConditions {

		NoExternalNeo4j() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnProperty("NEO4J_URI")
		static class ExternalUriGiven {

		}

	}

}
