package se.samverkanskartan.suggestions;

import java.util.List;

/**
 * How well the partner finder answers "who should we call about this topic?": for each
 * organisation with ties on a topic, those ties hidden, where its real partners land.
 *
 * @param queries how many (organisation, topic) questions were asked per seed
 * @param seeds the seeds used (they break equal scores at random, and drive the random
 * scorer)
 * @param scorers the combined score first, then each single signal, then random
 */
public record PartnerEvaluationResult(int queries, List<Long> seeds, List<ScorerResult> scorers) {

	public PartnerEvaluationResult {
		seeds = List.copyOf(seeds);
		scorers = List.copyOf(scorers);
	}

	/**
	 * Means over the seeds, with their lowest and highest.
	 *
	 * @param scorer {@code combined}, a {@link Signal#slug()} or {@code random}
	 * @param recallAt5 the share of the real partners among the five best ranked
	 * @param recallAt5Low the lowest over the seeds
	 * @param recallAt5High the highest over the seeds
	 * @param meanReciprocalRank the mean of 1/rank of the best-ranked real partner
	 * @param meanReciprocalRankLow the lowest over the seeds
	 * @param meanReciprocalRankHigh the highest over the seeds
	 */
	public record ScorerResult(String scorer, double recallAt5, double recallAt5Low, double recallAt5High,
			double meanReciprocalRank, double meanReciprocalRankLow, double meanReciprocalRankHigh) {

	}

}
