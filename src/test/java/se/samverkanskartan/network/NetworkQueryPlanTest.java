package se.samverkanskartan.network;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import se.samverkanskartan.Neo4jIntegrationTest;

import static se.samverkanskartan.QueryPlans.assertSeeksAnIndex;

/** The side panel and the evidence pages find their organisation or tie by an index. */
class NetworkQueryPlanTest extends Neo4jIntegrationTest {

	@Autowired
	Driver driver;

	@Test
	void an_organisations_panel_seeks_the_organisation_id_index() {
		Map<String, Object> parameters = Map.of("id", "municipality:0180", "kindLabels", Rows.KIND_LABELS);
		for (String query : List.of(NetworkQueries.ORGANISATION, NetworkQueries.COOPERATION, NetworkQueries.FORUMS,
				NetworkQueries.MEMBERS, NetworkQueries.NEEDS, SourceQueries.TIES_OF)) {
			assertSeeksAnIndex(this.driver, query, parameters);
		}
	}

	@Test
	void a_ties_evidence_seeks_the_tie_id_indexes() {
		assertSeeksAnIndex(this.driver, SourceQueries.TIE, Map.of("id", "some-id", "kindLabels", Rows.KIND_LABELS));
	}

}
