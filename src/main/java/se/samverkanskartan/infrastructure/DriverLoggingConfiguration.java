package se.samverkanskartan.infrastructure;

import org.neo4j.driver.Logging;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Routes the Neo4j driver's log through SLF4J. Its default System.Logger adapter formats
 * every Bolt message before asking whether debug is on, so each large import batch was
 * turned into text on the I/O thread (about a third of the import's time); the SLF4J
 * adapter asks first.
 */
@Configuration(proxyBeanMethods = false)
class DriverLoggingConfiguration {

	@Bean
	ConfigBuilderCustomizer driverLoggingThroughSlf4j() {
		return builder -> builder.withLogging(Logging.slf4j());
	}

}
