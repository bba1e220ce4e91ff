package se.samverkanskartan;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application against the test JVM's real Neo4j, connected the same way as an
 * external server: through NEO4J_URI. Tests run as an editor unless they say otherwise.
 */
@RequiresNeo4j
@SpringBootTest
@WithMockUser(roles = "EDITOR")
public abstract class Neo4jIntegrationTest {

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) {
		TestNeo4j.register(registry);
	}

}
