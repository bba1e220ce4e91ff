package se.samverkanskartan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.Plan;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Asks Neo4j how it would run a query ({@code EXPLAIN}, nothing is executed) and checks
 * that it finds its start through an index rather than by scanning a label or type.
 */
public final class QueryPlans {

	private static final List<String> SCANS = List.of("AllNodesScan", "NodeByLabelScan", "RelationshipTypeScan",
			"AllRelationshipsScan", "UnionNodeByLabelsScan", "IntersectionNodeByLabelsScan");

	private QueryPlans() {
	}

	/** The plan's operators, root first, without the runtime's suffix. */
	public static List<String> operators(Driver driver, String query, Map<String, Object> parameters) {
		try (var session = driver.session()) {
			Plan plan = session.run("EXPLAIN " + query, parameters).consume().plan();
			List<String> operators = new ArrayList<>();
			collect(plan, operators);
			return operators;
		}
	}

	public static void assertSeeksAnIndex(Driver driver, String query, Map<String, Object> parameters) {
		List<String> operators = operators(driver, query, parameters);
		assertThat(operators).as("plan of %s", query).anyMatch(operator -> operator.contains("IndexSeek"));
		assertThat(operators).as("plan of %s", query)
			.noneMatch(operator -> SCANS.stream().anyMatch(operator::endsWith));
	}

	private static void collect(Plan plan, List<String> operators) {
		operators.add(plan.operatorType().replaceAll("@.*", ""));
		plan.children().forEach(child -> collect(child, operators));
	}

}
