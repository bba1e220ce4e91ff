package se.samverkanskartan.infrastructure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a database start-up failure into Spring Boot's short description-and-action
 * report.
 */
class Neo4jStartupFailureAnalyzer extends AbstractFailureAnalyzer<Neo4jStartupException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, Neo4jStartupException cause) {
		return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
	}

}
