package se.samverkanskartan.suggestions;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BacktestTest {

	@Test
	void auc_is_one_when_every_positive_outranks_every_negative_and_a_half_when_all_tie() {
		assertThat(Backtest.auc(new double[] { 0.9, 0.8, 0.1, 0.2 }, new boolean[] { true, true, false, false }))
			.isEqualTo(1.0);
		assertThat(Backtest.auc(new double[] { 0.1, 0.8, 0.9, 0.2 }, new boolean[] { true, false, false, false }))
			.isEqualTo(0.0);
		assertThat(Backtest.auc(new double[] { 1, 1, 1, 1 }, new boolean[] { true, false, true, false }))
			.isEqualTo(0.5);
	}

	@Test
	void precision_at_ten_shares_out_ties_at_the_cut() {
		double[] scores = new double[20];
		boolean[] positive = new boolean[20];
		for (int i = 0; i < 20; i++) {
			scores[i] = (i < 5) ? 2 : 1;
			positive[i] = i < 3 || i == 5;
		}
		// three of the five best, then five of fifteen tied at 1 holding one positive
		assertThat(Backtest.precisionAtTop(scores, positive)).isCloseTo((3 + 5 / 15.0) / 10,
				org.assertj.core.data.Offset.offset(1e-9));
	}

	@Test
	void the_same_seed_gives_the_same_backtest() {
		var facts = SuggesterTest.triangles();

		BacktestResult first = Backtest.run(facts, 0.3, 7);

		assertThat(Backtest.run(facts, 0.3, 7)).isEqualTo(first);
		assertThat(first.hiddenPairs()).isEqualTo(3);
		assertThat(first.scorers()).extracting(BacktestResult.ScorerResult::scorer)
			.startsWith("combined")
			.endsWith("random")
			.contains("common-partners", "neighbours");
	}

}
