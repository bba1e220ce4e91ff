package se.samverkanskartan.suggestions;

import java.util.List;

/**
 * How well the suggester finds ties that were hidden from it.
 *
 * @param seed the seed that chose the hidden ties and the random baseline
 * @param hiddenShare the share of cooperating pairs hidden
 * @param hiddenPairs how many pairs were hidden (the positives)
 * @param evaluatedPairs how many pairs were ranked, hidden ones included
 * @param scorers the combined score first, then each single signal, then random
 */
public record BacktestResult(long seed, double hiddenShare, int hiddenPairs, int evaluatedPairs,
		List<ScorerResult> scorers) {

	public BacktestResult {
		scorers = List.copyOf(scorers);
	}

	/**
	 * @param scorer {@code combined}, a {@link Signal#slug()} or {@code random}
	 * @param auc the chance that a hidden pair ranks above a pair without a tie
	 * @param precisionAt10 the share of hidden pairs among the ten best ranked (expected
	 * value where scores tie at the cut)
	 */
	public record ScorerResult(String scorer, double auc, double precisionAt10) {

	}

}
