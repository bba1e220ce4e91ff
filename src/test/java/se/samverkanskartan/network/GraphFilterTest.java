package se.samverkanskartan.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GraphFilterTest {

	private static final GraphNode HANINGE = node("municipality:0136", NodeKind.MUNICIPALITY, null);

	private static final GraphNode BOTKYRKA = node("municipality:0127", NodeKind.MUNICIPALITY, null);

	private static final GraphNode NACKA = node("municipality:0182", NodeKind.MUNICIPALITY, null);

	private static final GraphNode VARMDO = node("municipality:0120", NodeKind.MUNICIPALITY, null);

	private static final GraphNode POLICE = node("actor:polismyndigheten", NodeKind.ACTOR, "police");

	private static final GraphNode CHURCH = node("actor:kyrkan", NodeKind.ACTOR, "faith-community");

	private static final GraphNode BRON = node("forum:bron", NodeKind.FORUM, null);

	private static final List<Topic> TOPICS = List.of(new Topic("unga", "Unga", "Youth", "#0f0"),
			new Topic("valdsbejakande-extremism", "Våldsbejakande extremism", "Violent extremism", "#f00"));

	private final List<GraphNode> nodes = List.of(HANINGE, BOTKYRKA, NACKA, VARMDO, POLICE, CHURCH, BRON);

	private final List<GraphEdge> edges = List.of(
			edge("e1", EdgeKind.COOPERATES_WITH, HANINGE, BOTKYRKA, "valdsbejakande-extremism", "explicit"),
			edge("e2", EdgeKind.COOPERATES_WITH, NACKA, VARMDO, "unga", "explicit"),
			edge("e3", EdgeKind.MEMBER_OF, HANINGE, BRON, null, "collective"),
			edge("e4", EdgeKind.MEMBER_OF, NACKA, BRON, null, "collective"),
			edge("e5", EdgeKind.COOPERATES_WITH, HANINGE, POLICE, "medborgarloften", "collective"));

	@Test
	void a_topic_keeps_only_who_cooperates_on_it_and_those_ties() {
		GraphSlice slice = filter(new GraphFilter(Set.of(), Set.of("unga"), Set.of())).apply(this.nodes, this.edges,
				TOPICS);

		assertThat(slice.nodes()).containsExactlyInAnyOrder(NACKA, VARMDO);
		assertThat(slice.edges()).extracting(GraphEdge::id).containsExactly("e2");
		assertThat(slice.topics()).extracting(Topic::slug).containsExactly("unga");
	}

	@Test
	void filters_combine_with_and() {
		var filter = new GraphFilter(Set.of(NodeKind.MUNICIPALITY), Set.of(), Set.of(), Set.of(), Set.of("forum:bron"),
				Set.of(), Set.of(), false);

		GraphSlice slice = filter.apply(this.nodes, this.edges, TOPICS);

		assertThat(slice.nodes()).as("municipalities that are members of BRON")
			.containsExactlyInAnyOrder(HANINGE, NACKA);
		assertThat(slice.edges()).isEmpty();
	}

	@Test
	void an_actor_type_filter_leaves_other_kinds_alone() {
		var filter = new GraphFilter(Set.of(), Set.of(), Set.of(), Set.of("police"), Set.of(), Set.of(), Set.of(),
				false);

		assertThat(filter.apply(this.nodes, this.edges, TOPICS).nodes()).contains(POLICE, HANINGE, BRON)
			.doesNotContain(CHURCH);
	}

	@Test
	void a_municipality_set_keeps_them_and_what_they_are_tied_to() {
		var filter = new GraphFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of("municipality:0182"),
				Set.of(), false);

		assertThat(filter.apply(this.nodes, this.edges, TOPICS).nodes()).containsExactlyInAnyOrder(NACKA, VARMDO, BRON);
	}

	@Test
	void a_confidence_filter_drops_ties_of_other_confidences() {
		var filter = new GraphFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of("explicit"),
				false);

		assertThat(filter.apply(this.nodes, this.edges, TOPICS).edges()).extracting(GraphEdge::id)
			.containsExactlyInAnyOrder("e1", "e2");
	}

	@Test
	void hiding_hubs_removes_organisations_with_many_ties_and_names_them() {
		List<GraphNode> many = new ArrayList<>(this.nodes);
		List<GraphEdge> ties = new ArrayList<>(this.edges);
		for (int i = 0; i < GraphFilter.HUB_DEGREE; i++) {
			GraphNode member = node("municipality:9" + i, NodeKind.MUNICIPALITY, null);
			many.add(member);
			ties.add(edge("m" + i, EdgeKind.MEMBER_OF, member, BRON, null, "collective"));
		}
		var filter = new GraphFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), true);

		GraphSlice slice = filter.apply(many, ties, TOPICS);

		assertThat(slice.hiddenHubs()).containsExactly(BRON);
		assertThat(slice.nodes()).doesNotContain(BRON);
		assertThat(slice.edges()).noneMatch(edge -> edge.target().equals("forum:bron"));
	}

	@Test
	void the_ego_network_reaches_exactly_the_given_number_of_steps() {
		GraphSlice all = GraphFilter.EVERYTHING.apply(this.nodes, this.edges, TOPICS);

		assertThat(all.around(BOTKYRKA.id(), 1).nodes()).containsExactlyInAnyOrder(BOTKYRKA, HANINGE);
		assertThat(all.around(BOTKYRKA.id(), 2).nodes()).containsExactlyInAnyOrder(BOTKYRKA, HANINGE, BRON, POLICE);
		assertThat(all.around(BOTKYRKA.id(), 3).nodes()).contains(NACKA).doesNotContain(VARMDO, CHURCH);
		assertThat(all.around(BOTKYRKA.id(), 1).edges()).extracting(GraphEdge::id).containsExactly("e1");
	}

	@Test
	void the_shortest_paths_go_through_the_fewest_ties_and_stop_at_the_limit() {
		GraphSlice all = GraphFilter.EVERYTHING.apply(this.nodes, this.edges, TOPICS);

		List<CooperationPath> paths = ShortestPaths.between(all, BOTKYRKA.id(), NACKA.id(), 4, 5);

		assertThat(paths).singleElement().satisfies(path -> {
			assertThat(path.stops()).containsExactly(BOTKYRKA, HANINGE, BRON, NACKA);
			assertThat(path.steps()).extracting(GraphEdge::id).containsExactly("e1", "e3", "e4");
		});
		assertThat(ShortestPaths.between(all, BOTKYRKA.id(), NACKA.id(), 2, 5)).as("longer than allowed").isEmpty();
		assertThat(ShortestPaths.between(all, BOTKYRKA.id(), CHURCH.id(), 4, 5)).as("not connected").isEmpty();
	}

	private static GraphFilter filter(GraphFilter filter) {
		return filter;
	}

	private static GraphNode node(String id, NodeKind kind, String actorType) {
		return new GraphNode(id, kind, id, null, null, actorType);
	}

	private static GraphEdge edge(String id, EdgeKind kind, GraphNode from, GraphNode to, String topic,
			String confidence) {
		return new GraphEdge(id, kind, from.id(), to.id(), topic, confidence);
	}

}
