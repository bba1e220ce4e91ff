package se.samverkanskartan.explorer.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The document {@link NetworkGraph} sends to {@code <network-graph>}: one per round trip,
 * with every change of that round trip, and the graph whenever the browser lacks it.
 */
class NetworkGraphStateTest {

	private final UI ui = new UI();

	private final NetworkGraph graph = new NetworkGraph();

	private static final GraphData TWO = new GraphData(
			List.of(node("municipality:0127", "Botkyrka"), node("municipality:0180", "Stockholm")),
			List.of(new GraphData.EdgeData("tie-1", "municipality:0127", "municipality:0180", "COOPERATES_WITH",
					"#123456", false, "Unga")));

	@BeforeEach
	void attach() {
		this.ui.add(this.graph);
	}

	@Test
	void changes_of_one_round_trip_arrive_together_in_one_document_with_the_graph() {
		this.graph.setGraph(TWO);
		this.graph.setSelected("municipality:0127");
		this.graph.setLayout("geographic");
		this.graph.setHighlighted(List.of("municipality:0127", "tie-1"));
		this.graph.setFrozenPositions(Map.of("municipality:0127", new double[] { 1, 2 }));

		JsonNode state = respond();

		assertThat(state.get("revision").asLong()).isEqualTo(1);
		assertThat(state.get("graph").get("nodes")).hasSize(2);
		assertThat(state.get("graph").get("nodes").get(0).get("label").asString()).isEqualTo("Botkyrka");
		assertThat(state.get("graph").get("edges").get(0).get("source").asString()).isEqualTo("municipality:0127");
		assertThat(state.get("selected").asString()).isEqualTo("municipality:0127");
		assertThat(state.get("layout").asString()).isEqualTo("geographic");
		assertThat(state.get("highlighted")).hasSize(2);
		assertThat(state.get("frozen").get("municipality:0127").get(1).asDouble()).isEqualTo(2);
	}

	@Test
	void a_later_round_trip_that_changes_only_the_view_leaves_the_graph_out() {
		this.graph.setGraph(TWO);
		respond();

		this.graph.setSelected("municipality:0180");
		JsonNode state = respond();

		assertThat(state.get("graph").isNull()).isTrue();
		assertThat(state.get("revision").asLong()).isEqualTo(1);
		assertThat(state.get("selected").asString()).isEqualTo("municipality:0180");
	}

	@Test
	void a_new_graph_has_a_new_revision() {
		this.graph.setGraph(TWO);
		respond();
		this.graph.setGraph(new GraphData(List.of(node("municipality:0127", "Botkyrka")), List.of()));

		JsonNode state = respond();

		assertThat(state.get("revision").asLong()).isEqualTo(2);
		assertThat(state.get("graph").get("nodes")).hasSize(1);
	}

	@Test
	void an_element_attached_anew_gets_the_graph_again() {
		this.graph.setGraph(TWO);
		respond();
		this.ui.remove(this.graph);
		this.graph.setSelected("municipality:0127");
		this.ui.add(this.graph);

		JsonNode state = respond();

		assertThat(state.get("graph").get("nodes")).hasSize(2);
		assertThat(state.get("selected").asString()).isEqualTo("municipality:0127");
	}

	@Test
	void a_graph_set_before_the_element_is_attached_arrives_once_it_is() {
		NetworkGraph later = new NetworkGraph();
		later.setGraph(TWO);
		later.setSelected("municipality:0180");
		this.ui.add(later);

		respond();

		JsonNode state = (JsonNode) later.getElement().getPropertyRaw("state");
		assertThat(state.get("graph").get("nodes")).hasSize(2);
		assertThat(state.get("selected").asString()).isEqualTo("municipality:0180");
	}

	private JsonNode respond() {
		this.ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
		return (JsonNode) this.graph.getElement().getPropertyRaw("state");
	}

	private static GraphData.NodeData node(String id, String label) {
		return new GraphData.NodeData(id, label, "municipality", "#2563eb", "ellipse", 30, 59.2, 17.8, null, 0.0, 0.0);
	}

}
