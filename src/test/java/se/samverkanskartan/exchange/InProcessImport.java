package se.samverkanskartan.exchange;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import se.samverkanskartan.TestNeo4j;
import se.samverkanskartan.infrastructure.InProcessNeo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Gives the app the test database in this JVM, as the embedded Neo4j does, so that
 * imports read and write through the Java API; each test fails if they did not. Test
 * classes import {@link Database}.
 */
interface InProcessImport {

	AtomicInteger USES = new AtomicInteger();

	@BeforeEach
	default void needsTheHarness() {
		assumeTrue(TestNeo4j.inProcess() != null, "a Neo4j container is not in this JVM");
		USES.set(0);
	}

	@AfterEach
	default void theImportUsedTheJavaApi() {
		assertThat(USES.get()).as("transactions through the in-process database").isPositive();
	}

	@TestConfiguration(proxyBeanMethods = false)
	class Database {

		@Bean
		InProcessNeo4j inProcessNeo4j() {
			InProcessNeo4j harness = TestNeo4j.inProcess();
			return () -> {
				USES.incrementAndGet();
				return harness.database();
			};
		}

	}

}
