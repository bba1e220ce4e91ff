package se.samverkanskartan.infrastructure;

import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;

import se.samverkanskartan.SamverkanskartanApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExternalNeo4jStartupTest {

	@Test
	void an_unreachable_neo4j_uri_stops_start_up_with_a_message_naming_it() throws Exception {
		String uri;
		try (var closed = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			uri = "bolt://127.0.0.1:" + closed.getLocalPort();
		}
		var application = new SpringApplicationBuilder(SamverkanskartanApplication.class).properties("NEO4J_URI=" + uri,
				"server.port=0", "spring.main.banner-mode=off");

		assertThatThrownBy(application::run).satisfies(failure -> {
			Neo4jStartupException cause = findCause(failure);
			assertThat(cause.getMessage()).startsWith("Cannot connect to Neo4j at " + uri);
			assertThat(cause.action()).contains("NEO4J_URI");
		});
	}

	@Test
	void the_failure_report_shows_the_message_and_what_to_do() {
		var failure = new RuntimeException(
				new Neo4jStartupException("Cannot connect to Neo4j at bolt://db:7687: refused", "Check NEO4J_URI.",
						new IllegalStateException("deep")));

		FailureAnalysis analysis = new Neo4jStartupFailureAnalyzer().analyze(failure);

		assertThat(analysis.getDescription()).isEqualTo("Cannot connect to Neo4j at bolt://db:7687: refused");
		assertThat(analysis.getAction()).isEqualTo("Check NEO4J_URI.");
	}

	private static Neo4jStartupException findCause(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof Neo4jStartupException startup) {
				return startup;
			}
		}
		throw new AssertionError("No Neo4jStartupException in " + failure);
	}

}
