package se.samverkanskartan;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole app on a random port against the test JVM's real Neo4j; subclasses share one
 * running app.
 */
@RequiresNeo4j
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
public abstract class WebIntegrationTest {

	@LocalServerPort
	protected int port;

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) {
		TestNeo4j.register(registry);
	}

	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
