package se.samverkanskartan.suggestions;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;

import se.samverkanskartan.Neo4jIntegrationTest;
import se.samverkanskartan.infrastructure.TranslationProvider;
import se.samverkanskartan.network.InvalidParameterException;
import se.samverkanskartan.network.NetworkService;
import se.samverkanskartan.network.NodeId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import se.samverkanskartan.network.NetworkChanged;

class SuggestionServiceTest extends Neo4jIntegrationTest {

	private static final Locale SV = TranslationProvider.SWEDISH;

	private static final String EKERO = "municipality:0125";

	@Autowired
	SuggestionService suggestions;

	@Autowired
	NetworkService network;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	ApplicationEventPublisher events;

	@AfterEach
	void removeDecisions() {
		this.neo4j.query("MATCH ()-[r:COOPERATES_WITH {confidence: 'accepted'}]->() DELETE r").run();
		this.neo4j.query("MATCH (d:SuggestionDecision) DELETE d").run();
		this.suggestions.networkChanged(null);
		this.events.publishEvent(new NetworkChanged("test data"));
	}

	@Test
	void suggestions_for_one_municipality_come_with_reasons_and_no_existing_partners() {
		List<Suggestion> found = this.suggestions.suggestions(EKERO, null, 10, SV);

		assertThat(found).hasSize(10).allMatch(s -> s.fromId().equals(EKERO) && !s.reasons().isEmpty());
		assertThat(found).isSortedAccordingTo((x, y) -> Double.compare(y.score(), x.score()));
		var partners = this.network.organisation(NodeId.parse(EKERO))
			.orElseThrow()
			.cooperation()
			.stream()
			.flatMap(topic -> topic.partners().stream())
			.map(partner -> partner.id())
			.toList();
		assertThat(found).extracting(Suggestion::toId).doesNotContainAnyElementsOf(partners);
	}

	@Test
	void the_partner_finder_ranks_partners_on_a_topic_and_marks_existing_ones() {
		List<Suggestion> found = this.suggestions.partners(EKERO, "polisnarvaro", 50, SV);

		assertThat(found).isNotEmpty().allMatch(s -> "polisnarvaro".equals(s.topic()));
		assertThat(found).filteredOn(s -> !s.alreadyCooperating())
			.allMatch(s -> !s.reasons().isEmpty()
					&& s.reasons().stream().allMatch(reason -> reason.share() >= ReasonText.NEGLIGIBLE_SHARE));
		assertThat(found.get(0).reasonLine()).isNotBlank();
		// Österåker and Ekerö are the two the report names as wanting more police
		// presence
		Suggestion osteraker = found.stream()
			.filter(s -> s.toId().equals("municipality:0117"))
			.findFirst()
			.orElseThrow();
		assertThat(osteraker.reasons().get(0).text()).isEqualTo("Båda vill samverka om polisens lokala närvaro");
	}

	@Test
	void accepting_creates_the_tie_with_its_provenance_and_removes_the_suggestion() {
		Suggestion first = this.suggestions.suggestions(EKERO, null, 1, SV).get(0);

		String tieId = this.suggestions.accept(first, "unga", "Anna Andersson");

		var tie = this.neo4j
			.query("MATCH ()-[r:COOPERATES_WITH {id: $id}]->() RETURN r.topic AS topic, "
					+ "r.acceptedBy AS by, r.confidence AS confidence, r.section AS section")
			.bind(tieId)
			.to("id")
			.fetch()
			.one()
			.orElseThrow();
		assertThat(tie).containsEntry("topic", "unga")
			.containsEntry("by", "Anna Andersson")
			.containsEntry("confidence", "accepted");
		assertThat((String) tie.get("section")).startsWith("Förslag godkänt av Anna Andersson");
		assertThat(this.suggestions.suggestions(EKERO, "unga", 200, SV)).noneMatch(s -> s.toId().equals(first.toId()));
		assertThat(this.suggestions.partners(EKERO, "unga", 200, SV))
			.anyMatch(s -> s.toId().equals(first.toId()) && s.alreadyCooperating());
		assertThatThrownBy(() -> this.suggestions.accept(first, "unga", "Anna Andersson"))
			.isInstanceOf(InvalidParameterException.class)
			.hasMessageContaining("already");
	}

	@Test
	void a_dismissed_pair_stays_hidden_for_its_topic() {
		Suggestion first = this.suggestions.suggestions(EKERO, "unga", 1, SV).get(0);

		this.suggestions.dismiss(first, "Anna Andersson");

		assertThat(this.suggestions.suggestions(EKERO, "unga", 200, SV)).noneMatch(s -> s.toId().equals(first.toId()));
		assertThat(this.neo4j.query("MATCH (d:SuggestionDecision {decision: 'dismissed'}) RETURN count(d) AS n")
			.fetchAs(Long.class)
			.one()).contains(1L);
	}

	@Test
	void bad_input_names_the_parameter() {
		assertThatThrownBy(() -> this.suggestions.suggestions("municipality:9999", null, 10, SV))
			.isInstanceOf(InvalidParameterException.class)
			.extracting("parameter")
			.isEqualTo("organisation");
		assertThatThrownBy(() -> this.suggestions.partners(EKERO, "no-such-topic", 10, SV)).extracting("parameter")
			.isEqualTo("topic");
		assertThatThrownBy(() -> this.suggestions.suggestions(null, null, 100_000, SV)).extracting("parameter")
			.isEqualTo("limit");
		assertThatThrownBy(() -> this.suggestions.partners("forum:bron", null, 10, SV)).extracting("parameter")
			.isEqualTo("organisation");
	}

	@Test
	void the_backtest_is_reproducible_and_the_combined_score_beats_random() {
		BacktestResult result = this.suggestions.backtest(0.2, 2020);

		assertThat(this.suggestions.backtest(0.2, 2020)).isEqualTo(result);
		assertThat(result.hiddenPairs()).isPositive();
		result.scorers()
			.forEach(s -> System.out.printf("backtest %-16s AUC %.3f  P@10 %.2f%n", s.scorer(), s.auc(),
					s.precisionAt10()));
		assertThat(result.scorers().get(0).scorer()).isEqualTo("combined");
		assertThat(result.scorers().get(0).auc()).isGreaterThan(0.6);
	}

}
