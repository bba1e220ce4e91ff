package se.samverkanskartan;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application against the test JVM's real Neo4j, connected the same way as an
 * external server: through NEO4J_URI.
 */
@RequiresNeo4j
@SpringBootTest
public abstract class Neo4jIntegrationTest {

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) {
		TestNeo4j.register(registry);
	}

}
