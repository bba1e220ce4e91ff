package se.samverkanskartan.api;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An API endpoint that fails inside, for the security test's 500 check; never scanned.
 */
@TestComponent
@RestController
public class FailingEndpoint {

	/** What a bug deep inside would throw, with internals in its message. */
	@GetMapping("/api/test-failure")
	String fail() {
		throw new IllegalStateException("Cannot coerce INTEGER to Java String at org.neo4j.internal.Secret");
	}

}
