package se.samverkanskartan.suggestions;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.samverkanskartan.Neo4jIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The official's question on the built-in county data: hide an organisation's ties on a
 * topic and ask for partners on it. The combined score must find the real partners better
 * than random and than any single signal, while the pair backtest stays where it was.
 */
class PartnerEvaluationTest extends Neo4jIntegrationTest {

	/**
	 * The pair backtest's AUC before the partner finder knew topics (README, session 13).
	 */
	private static final double AUC_BEFORE = 0.944;

	@Autowired
	SuggestionService suggestions;

	@Test
	void the_combined_score_finds_real_partners_on_a_topic_better_than_random_and_every_single_signal() {
		PartnerEvaluationResult result = this.suggestions.partnerEvaluation(5);
		Map<String, PartnerEvaluationResult.ScorerResult> byScorer = result.scorers()
			.stream()
			.collect(Collectors.toMap(PartnerEvaluationResult.ScorerResult::scorer, Function.identity()));
		result.scorers().forEach(System.out::println);

		assertThat(result.queries()).isGreaterThan(20);
		assertThat(result.seeds()).hasSize(5);
		PartnerEvaluationResult.ScorerResult combined = byScorer.get("combined");
		for (var other : result.scorers()) {
			if (!other.scorer().equals("combined")) {
				assertThat(combined.recallAt5()).as("recall@5 against " + other.scorer())
					.isGreaterThan(other.recallAt5());
				assertThat(combined.meanReciprocalRank()).as("MRR against " + other.scorer())
					.isGreaterThan(other.meanReciprocalRank());
			}
		}
	}

	@Test
	void the_pair_backtest_keeps_its_auc() {
		BacktestResult backtest = this.suggestions.backtest(SuggestionService.DEFAULT_HIDDEN_SHARE,
				SuggestionService.DEFAULT_SEED);
		System.out.println(backtest);

		assertThat(backtest.scorers().getFirst().auc()).isGreaterThan(AUC_BEFORE - 0.02);
	}

	@Test
	void recall_and_reciprocal_rank_count_what_they_say() {
		List<String> ranked = List.of("a", "b", "c", "d", "e", "f");

		assertThat(PartnerEvaluation.recall(ranked, Set.of("b", "f"))).isEqualTo(0.5);
		assertThat(PartnerEvaluation.reciprocalRank(ranked, Set.of("c", "f"))).isEqualTo(1.0 / 3);
		assertThat(PartnerEvaluation.reciprocalRank(ranked, Set.of("x"))).isZero();
	}

}
