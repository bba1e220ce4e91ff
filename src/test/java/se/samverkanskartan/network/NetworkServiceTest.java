package se.samverkanskartan.network;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.samverkanskartan.Neo4jIntegrationTest;
import se.samverkanskartan.network.OrganisationDetails.Partner;
import se.samverkanskartan.network.OrganisationDetails.TopicCooperation;

import static org.assertj.core.api.Assertions.assertThat;

class NetworkServiceTest extends Neo4jIntegrationTest {

	private static final List<String> NORDOST = List.of("Danderyd", "Lidingö", "Norrtälje", "Täby", "Vallentuna",
			"Vaxholm", "Österåker");

	private static final List<String> NORDVAST = List.of("Järfälla", "Sigtuna", "Sollentuna", "Upplands Väsby",
			"Upplands-Bro");

	@Autowired
	NetworkService network;

	@Test
	void the_graph_holds_all_26_county_municipalities_with_their_facts() {
		GraphSlice graph = this.network.graph(new GraphFilter(Set.of(NodeKind.MUNICIPALITY), Set.of(), Set.of()));

		List<GraphNode> county = graph.nodes()
			.stream()
			.filter(node -> node.id().startsWith("municipality:01"))
			.toList();
		assertThat(county).hasSize(26);
		assertThat(county).allSatisfy(node -> assertThat(node.lat()).isBetween(58.5, 60.5));
		assertThat(details("municipality:0180").facts().population()).isEqualTo(974_073L);
	}

	@Test
	void every_edge_connects_two_nodes_of_the_slice() {
		GraphSlice graph = this.network.graph(GraphFilter.EVERYTHING);

		Set<String> ids = graph.nodes().stream().map(GraphNode::id).collect(java.util.stream.Collectors.toSet());
		assertThat(graph.edges()).isNotEmpty()
			.allSatisfy(edge -> assertThat(ids).contains(edge.source(), edge.target()));
		assertThat(graph.edges()).extracting(GraphEdge::kind).doesNotContain(EdgeKind.BORDERS);
	}

	@Test
	void the_north_groupings_list_the_members_the_report_names() {
		assertThat(names(details("forum:nordost").members())).containsExactlyElementsOf(NORDOST);
		assertThat(names(details("forum:nordvast").members())).containsExactlyElementsOf(NORDVAST);
		assertThat(names(details("forum:saksam").members())).containsExactlyElementsOf(NORDVAST);
		assertThat(names(details("forum:ung-i-roslagen").members())).containsExactlyElementsOf(NORDOST);
	}

	@Test
	void a_grouping_topic_ties_every_pair_of_its_members_collectively() {
		GraphSlice graph = this.network
			.graph(new GraphFilter(Set.of(), Set.of("samverkansbilar"), Set.of(EdgeKind.COOPERATES_WITH)));

		int pairs = NORDOST.size() * (NORDOST.size() - 1) / 2;
		assertThat(graph.edges()).hasSize(pairs).allSatisfy(edge -> {
			assertThat(edge.topic()).isEqualTo("samverkansbilar");
			assertThat(edge.confidence()).isEqualTo("collective");
		});
		assertThat(graph.topics()).extracting(Topic::slug).containsExactly("samverkansbilar");
	}

	@Test
	void cooperation_is_grouped_by_topic_with_named_partners_and_evidence() {
		OrganisationDetails haninge = details("municipality:0136");

		assertThat(haninge.node().name()).isEqualTo("Haninge");
		TopicCooperation extremism = haninge.cooperation()
			.stream()
			.filter(topic -> topic.topic().slug().equals("valdsbejakande-extremism"))
			.findFirst()
			.orElseThrow();
		assertThat(names(extremism.partners())).containsExactly("Botkyrka", "Huddinge");
		assertThat(extremism.partners()).allSatisfy(partner -> {
			assertThat(partner.confidence()).isEqualTo("explicit");
			assertThat(partner.quote()).contains("Haninge lyfter samverkan med Botkyrka och Huddinge");
		});
	}

	@Test
	void a_municipality_lists_the_forums_it_belongs_to() {
		assertThat(names(details("municipality:0163").forums())).containsExactlyInAnyOrder("Nordvästkommunerna",
				"Säksam", "Tryggsam", "BRON – Brottsförebyggande nätverk Stockholm",
				"EST – Effektiv samordning för trygghet", "Business Improvement District (BID)");
	}

	@Test
	void a_stated_need_appears_with_its_topic_and_quote() {
		OrganisationDetails osteraker = details("municipality:0117");

		assertThat(osteraker.needs()).singleElement().satisfies(need -> {
			assertThat(need.topic().slug()).isEqualTo("polisnarvaro");
			assertThat(need.quote()).contains("större närvaro av poliser");
		});
	}

	@Test
	void an_unknown_organisation_is_empty_rather_than_an_error() {
		assertThat(this.network.organisation(NodeId.parse("municipality:9999"))).isEmpty();
	}

	private OrganisationDetails details(String id) {
		return this.network.organisation(NodeId.parse(id)).orElseThrow();
	}

	private static List<String> names(List<Partner> partners) {
		return partners.stream().map(Partner::name).toList();
	}

}
