package se.samverkanskartan.editing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import se.samverkanskartan.Neo4jIntegrationTest;
import se.samverkanskartan.network.NodeId;

import static se.samverkanskartan.QueryPlans.assertSeeksAnIndex;

/** Edits find their tie, organisation or topic through an index, never by a scan. */
class EditingQueryPlanTest extends Neo4jIntegrationTest {

	@Autowired
	Driver driver;

	private static Map<String, Object> tie() {
		Map<String, Object> parameters = new HashMap<>(TieEditing.parameters(new TieForm("some-id", "municipality:0125",
				"municipality:0128", "unga", null, null, "explicit", "Källa", "", "", 1)));
		parameters.put("newId", "new-id");
		return parameters;
	}

	@Test
	void tie_queries_seek_the_id_and_organisation_indexes() {
		for (String query : List.of(TieQueries.LOAD, TieQueries.LOCK, TieQueries.UPDATE, TieQueries.UPDATE_PERIOD,
				TieQueries.DELETE, TieQueries.EXISTS, TieQueries.CREATE)) {
			assertSeeksAnIndex(this.driver, query, tie());
		}
		assertSeeksAnIndex(this.driver, TieQueries.ORGANISATION, Map.of("id", "municipality:0125"));
	}

	@Test
	void organisation_and_topic_saves_seek_their_index() {
		Map<String, Object> organisation = OrganisationEditing.parameters(NodeId.parse("actor:polisen"),
				new OrganisationForm("actor:polisen", "Polisen", null, null, List.of(), null, null, 1));
		assertSeeksAnIndex(this.driver, OrganisationEditing.LOCK, organisation);
		assertSeeksAnIndex(this.driver, OrganisationEditing.UPDATE, organisation);
		Map<String, Object> topic = TopicEditing.parameters(new TopicForm("unga", "Unga", "Youth", "#123456", 1));
		assertSeeksAnIndex(this.driver, TopicEditing.LOCK, topic);
		assertSeeksAnIndex(this.driver, TopicEditing.UPDATE, topic);
	}

}
