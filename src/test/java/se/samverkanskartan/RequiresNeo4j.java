package se.samverkanskartan;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;

/**
 * Marks tests that need the test JVM's Neo4j. With {@code -Ptestcontainers} on a machine
 * without a Docker engine they are skipped before Spring starts, not failed.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(RequiresNeo4j.Condition.class)
public @interface RequiresNeo4j {

	class Condition implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			if (!TestNeo4j.usesContainer()) {
				return ConditionEvaluationResult.enabled("in-process neo4j-harness");
			}
			return DockerClientFactory.instance().isDockerAvailable()
					? ConditionEvaluationResult.enabled("Neo4j container on Docker")
					: ConditionEvaluationResult.disabled("No Docker engine: the Neo4j container tests are skipped");
		}

	}

}
