package se.samverkanskartan.explorer.ui;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

import se.samverkanskartan.network.GraphFilter;
import se.samverkanskartan.network.NodeKind;

import static org.assertj.core.api.Assertions.assertThat;

class ExplorerUrlTest {

	private static final Set<String> TOPICS = Set.of("unga", "valdsbejakande-extremism");

	@Test
	void a_view_state_survives_the_round_trip_through_the_url() {
		var filter = new GraphFilter(Set.of(NodeKind.MUNICIPALITY, NodeKind.FORUM), Set.of("unga"), Set.of(),
				Set.of("police"), Set.of("forum:bron"), Set.of("municipality:0136"), Set.of("explicit"), true,
				java.time.LocalDate.of(2020, 6, 30));

		var choices = new ViewChoices("geographic", 2, true, true, false, "0a1b2c3d",
				java.time.LocalDate.of(2019, 1, 1), true, "one-side");
		QueryParameters query = ExplorerUrl.toQuery(filter, "municipality:0127", choices, "forum:bron", null);
		ExplorerUrl.State state = ExplorerUrl.fromQuery(QueryParameters.fromString(query.getQueryString()), TOPICS);

		assertThat(state.filter()).isEqualTo(filter);
		assertThat(state.selected()).isEqualTo("municipality:0127");
		assertThat(state.choices()).isEqualTo(choices);
		assertThat(state.pathTo()).isEqualTo("forum:bron");
		assertThat(state.problems()).isEmpty();
	}

	@Test
	void unknown_values_are_dropped_and_named_with_their_parameter() {
		var query = new QueryParameters(Map.of("topic", List.of("unga,cykling"), "kind", List.of("planet"), "forum",
				List.of("municipality:0180"), "confidence", List.of("maybe"), "ego", List.of("9"), "layout",
				List.of("spiral"), "sides", List.of("maybe")));

		ExplorerUrl.State state = ExplorerUrl.fromQuery(query, TOPICS);

		assertThat(state.filter().topics()).containsExactly("unga");
		assertThat(state.filter().kinds()).isEmpty();
		assertThat(state.problems()).containsExactlyInAnyOrder("topic=cykling", "kind=planet",
				"forum=municipality:0180", "confidence=maybe", "ego=9", "layout=spiral", "sides=maybe");
	}

	@Test
	void search_matches_without_case_diacritics_or_hyphens() {
		assertThat(SearchField.normalise("Österåker")).isEqualTo("osteraker");
		assertThat(SearchField.normalise("Upplands Väsby")).isEqualTo(SearchField.normalise("upplands vasby"));
		assertThat(SearchField.normalise("Upplands-Bro")).isEqualTo("upplands bro");
		assertThat(SearchField.normalise("Hässelby-Vällingby")).contains("hasselby vallingby");
	}

	@Test
	void the_graph_is_drawn_anew_when_what_it_draws_changes_and_not_for_the_selection_or_layout_alone() {
		ExplorerUrl.State start = state("");

		assertThat(ExplorerUrl.redrawNeeded(start, state("topic=unga"))).isTrue();
		assertThat(ExplorerUrl.redrawNeeded(start, state("clusters=on"))).isTrue();
		assertThat(ExplorerUrl.redrawNeeded(start, state("suggest=on"))).isTrue();
		assertThat(ExplorerUrl.redrawNeeded(start, state("compare=2019-01-01"))).isTrue();
		assertThat(ExplorerUrl.redrawNeeded(state("selected=municipality:0127"),
				state("selected=municipality:0127&ego=1")))
			.isTrue();
		assertThat(ExplorerUrl.redrawNeeded(state("selected=municipality:0127&ego=1"),
				state("selected=municipality:0180&ego=1")))
			.as("another centre of the ego network")
			.isTrue();

		assertThat(ExplorerUrl.redrawNeeded(start, state("selected=municipality:0127"))).isFalse();
		assertThat(ExplorerUrl.redrawNeeded(start, state("layout=geographic"))).isFalse();
		assertThat(ExplorerUrl.redrawNeeded(start, state("view=table"))).isFalse();
		assertThat(ExplorerUrl.redrawNeeded(state("topic=unga"), state("topic=unga"))).isFalse();
	}

	private static ExplorerUrl.State state(String query) {
		return ExplorerUrl.fromQuery(QueryParameters.fromString(query), TOPICS);
	}

}
