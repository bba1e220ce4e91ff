package se.samverkanskartan.explorer.ui;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.samverkanskartan.RequiresNeo4j;
import se.samverkanskartan.TestNeo4j;
import se.samverkanskartan.network.GraphFilter;
import se.samverkanskartan.network.GraphSlice;
import se.samverkanskartan.network.NetworkService;

import static org.assertj.core.api.Assertions.assertThat;

@RequiresNeo4j
@SpringBootTest
@org.springframework.security.test.context.support.WithMockUser(roles = "EDITOR")
class ExplorerViewTest extends SpringBrowserlessTest {

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) {
		TestNeo4j.register(registry);
	}

	@Autowired
	NetworkService network;

	@Test
	void the_start_view_draws_todays_network_with_its_counts_and_legend() {
		navigate(ExplorerView.class);
		GraphSlice expected = this.network.graph(GraphFilter.EVERYTHING.on(java.time.LocalDate.now()));

		NetworkGraph graph = $(NetworkGraph.class).single();
		assertThat(graph.getGraph().nodes()).hasSize(expected.nodes().size());
		assertThat(graph.getGraph().edges()).hasSize(expected.edges().size());
		assertThat(NetworkGraph.JSON.writeValueAsString(graph.getGraph())).contains("\"label\":\"Österåker\"");
		assertThat($(Span.class).withClassName("graph-summary").single().getText())
			.isEqualTo(expected.nodes().size() + " organisationer · " + expected.edges().size() + " samband");
		assertThat(texts($(Span.class, $(GraphLegend.class).single()).all())).contains("Kommun", "Forum",
				"Våldsbejakande extremism", "Medlemskap och andra samband");
	}

	@Test
	void districts_merged_away_are_hidden_today_and_shown_for_a_day_when_they_existed() {
		navigate(ExplorerView.class);
		String today = NetworkGraph.JSON.writeValueAsString($(NetworkGraph.class).single().getGraph());

		assertThat(today).contains("\"label\":\"Hägersten-Älvsjö\"")
			.doesNotContain("\"label\":\"Älvsjö\"", "\"label\":\"Hägersten-Liljeholmen\"",
					"\"label\":\"Rinkeby-Kista\"");

		com.vaadin.flow.component.UI.getCurrent()
			.navigate(ExplorerView.class, com.vaadin.flow.router.QueryParameters.of("asOf", "2020-03-01"));
		String then = NetworkGraph.JSON.writeValueAsString($(NetworkGraph.class).single().getGraph());
		assertThat(then).contains("\"label\":\"Älvsjö\"", "\"label\":\"Rinkeby-Kista\"")
			.doesNotContain("\"label\":\"Hägersten-Älvsjö\"");
	}

	@Test
	void clicking_a_node_opens_its_panel_with_cooperation_grouped_by_topic() {
		navigate(ExplorerView.class);
		NetworkGraph graph = $(NetworkGraph.class).single();
		assertThat($(NodeDetailsPanel.class).all()).as("no panel before a click").isEmpty();

		ComponentUtil.fireEvent(graph, new NodeClickEvent(graph, true, "municipality:0136"));

		NodeDetailsPanel panel = $(NodeDetailsPanel.class).single();
		assertThat($(H2.class, panel).single().getText()).isEqualTo("Haninge");
		assertThat(texts($(Span.class, panel).all())).contains("Kommun", "Våldsbejakande extremism");
		assertThat($(Div.class, panel).withClassName("topic-heading").all())
			.extracting(heading -> heading.getElement().getTextRecursively())
			.containsExactly("Medborgarlöften", "Våldsbejakande extremism");
		assertThat(texts($(Button.class, panel).all())).contains("Botkyrka", "Huddinge");
		assertThat(graph.state().selected()).isEqualTo("municipality:0136");
	}

	@Test
	void a_partner_link_moves_the_panel_to_that_partner_and_the_background_closes_it() {
		navigate(ExplorerView.class);
		NetworkGraph graph = $(NetworkGraph.class).single();
		ComponentUtil.fireEvent(graph, new NodeClickEvent(graph, true, "municipality:0136"));
		NodeDetailsPanel panel = $(NodeDetailsPanel.class).single();

		test($(Button.class, panel).withText("Botkyrka").single()).click();
		assertThat($(H2.class, panel).single().getText()).isEqualTo("Botkyrka");

		ComponentUtil.fireEvent(graph, new BackgroundClickEvent(graph, true));
		assertThat($(NodeDetailsPanel.class).all()).as("the panel is closed").isEmpty();
	}

	@Test
	void clicking_a_tie_shows_both_parties_and_its_evidence_with_a_link_to_the_sources() {
		navigate(ExplorerView.class);
		NetworkGraph graph = $(NetworkGraph.class).single();
		String tieId = graph.getGraph()
			.edges()
			.stream()
			.filter(edge -> edge.source().equals("municipality:0136") && edge.target().equals("municipality:0127"))
			.findFirst()
			.orElseThrow()
			.id();

		ComponentUtil.fireEvent(graph, new EdgeClickEvent(graph, true, tieId));

		assertThat(com.vaadin.flow.component.UI.getCurrent()
			.getInternals()
			.getActiveViewLocation()
			.getQueryParameters()
			.getParameters()
			.get("tie")).containsExactly(tieId);
		TieDetailsPanel panel = $(TieDetailsPanel.class).single();
		// The parties, then (for editors) the edit button, and for anyone logged in the
		// error report
		assertThat(texts($(Button.class, panel).all())).filteredOn(text -> !text.isEmpty())
			.containsExactly("Haninge", "Botkyrka", "Redigera", "Rapportera fel");
		assertThat($(com.vaadin.flow.component.html.Paragraph.class, panel).withClassName("evidence-quote")
			.single()
			.getText()).contains("Haninge lyfter samverkan med Botkyrka och Huddinge");
		assertThat($(com.vaadin.flow.router.RouterLink.class, panel).single().getHref()).startsWith("kallor?tie=");
	}

	@Test
	void the_sources_view_shows_one_tie_or_names_a_bad_parameter() {
		com.vaadin.flow.component.UI.getCurrent()
			.navigate(SourcesView.class, com.vaadin.flow.router.QueryParameters.of("organisation", "planet:mars"));
		assertThat($(com.vaadin.flow.component.html.Paragraph.class).last().getText()).contains("planet:mars");

		com.vaadin.flow.component.UI.getCurrent()
			.navigate(SourcesView.class,
					com.vaadin.flow.router.QueryParameters.of("organisation", "municipality:0136"));
		@SuppressWarnings("unchecked")
		var grid = (com.vaadin.flow.component.grid.Grid<se.samverkanskartan.network.TieEvidence>) $(
				com.vaadin.flow.component.grid.Grid.class)
			.single();
		assertThat(test(grid).size()).isGreaterThanOrEqualTo(4);
	}

	@Test
	void the_about_page_shows_the_method_and_the_survey_table() {
		navigate(AboutView.class);

		assertThat(texts($(com.vaadin.flow.component.html.Paragraph.class).all()))
			.anyMatch(text -> text.contains("intervjuer med 24 av länets 26 kommuner"));
		assertThat(test($(com.vaadin.flow.component.grid.Grid.class).single()).size()).isEqualTo(6);
	}

	@Test
	void choosing_a_topic_redraws_the_graph_and_puts_the_filter_in_the_url() {
		navigate(ExplorerView.class);
		var topics = (com.vaadin.flow.component.combobox.MultiSelectComboBox<?>) $(
				com.vaadin.flow.component.combobox.MultiSelectComboBox.class)
			.withClassName("filter-topic")
			.single();
		@SuppressWarnings("unchecked")
		var topicBox = (com.vaadin.flow.component.combobox.MultiSelectComboBox<se.samverkanskartan.network.Topic>) topics;
		var unga = topicBox.getListDataView()
			.getItems()
			.filter(topic -> topic.slug().equals("unga"))
			.findFirst()
			.orElseThrow();

		test(topicBox).selectItem(unga.nameSv());

		NetworkGraph graph = $(NetworkGraph.class).single();
		assertThat(graph.getGraph().nodes()).extracting(GraphData.NodeData::label)
			.containsExactlyInAnyOrder("Nacka", "Värmdö", "Tyresö");
		assertThat(com.vaadin.flow.component.UI.getCurrent()
			.getInternals()
			.getActiveViewLocation()
			.getQueryParameters()
			.getQueryString()).isEqualTo("topic=unga");
	}

	@Test
	void a_shared_link_reopens_the_same_filter_and_selection() {
		openExplorer("topic=valdsbejakande-extremism&kind=municipality&selected=municipality:0136");

		NetworkGraph graph = $(NetworkGraph.class).single();
		assertThat(graph.getGraph().nodes()).extracting(GraphData.NodeData::label)
			.contains("Haninge", "Botkyrka", "Huddinge", "Täby");
		assertThat($(H2.class, $(NodeDetailsPanel.class).single()).single().getText()).isEqualTo("Haninge");
	}

	@Test
	void the_ego_network_of_a_selection_comes_from_the_url() {
		openExplorer("selected=municipality:0136&ego=1&layout=geographic");

		NetworkGraph graph = $(NetworkGraph.class).single();
		assertThat(graph.getGraph().nodes()).extracting(GraphData.NodeData::label)
			.contains("Haninge", "Botkyrka", "Huddinge", "Polismyndigheten", "Purple Flag")
			.doesNotContain("Täby", "Nacka");
		assertThat(graph.state().layout()).isEqualTo("geographic");
	}

	@Test
	void the_table_twin_lists_the_same_organisations_and_a_row_click_selects() {
		openExplorer("topic=unga&view=table");

		TableTwin table = $(TableTwin.class).single();
		@SuppressWarnings("unchecked")
		var organisations = (com.vaadin.flow.component.grid.Grid<se.samverkanskartan.network.GraphNode>) $(
				com.vaadin.flow.component.grid.Grid.class, table)
			.first();
		assertThat($(NetworkGraph.class).all()).as("the graph is hidden while the table shows").isEmpty();
		assertThat(test(organisations).size()).isEqualTo(3);
		assertThat(organisations.getAriaLabel()).hasValue("Organisationer i urvalet");

		test(organisations).select(0);

		assertThat($(H2.class, $(NodeDetailsPanel.class).single()).single().getText())
			.isEqualTo(organisations.getListDataView().getItem(0).name());
	}

	@Test
	void a_path_between_two_organisations_lists_each_step_and_marks_it_in_the_graph() {
		openExplorer("topic=valdsbejakande-extremism&selected=municipality:0127&pathTo=municipality:0126");

		PathSection paths = $(PathSection.class).single();
		var steps = $(com.vaadin.flow.component.html.OrderedList.class, paths).single();
		assertThat(steps.getElement().getTextRecursively()).contains("Botkyrka → Haninge (Våldsbejakande extremism)")
			.contains("Haninge → Huddinge (Våldsbejakande extremism)");
		assertThat($(NetworkGraph.class).single().state().highlighted().toString()).contains("municipality:0136");
	}

	@Test
	void a_dimmed_ego_network_keeps_the_whole_graph_and_marks_the_neighbourhood() {
		openExplorer("selected=municipality:0136&ego=-1");

		NetworkGraph graph = $(NetworkGraph.class).single();
		assertThat(graph.getGraph().nodes()).extracting(GraphData.NodeData::label).contains("Täby", "Nacka");
		String highlighted = graph.state().highlighted().toString();
		assertThat(highlighted).contains("municipality:0127").doesNotContain("municipality:0160");
	}

	private static void openExplorer(String query) {
		com.vaadin.flow.component.UI.getCurrent()
			.navigate(ExplorerView.class, com.vaadin.flow.router.QueryParameters.fromString(query));
	}

	private static List<String> texts(List<? extends com.vaadin.flow.component.HasText> components) {
		return components.stream().map(com.vaadin.flow.component.HasText::getText).toList();
	}

}
