package se.samverkanskartan.suggestions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import se.samverkanskartan.network.EdgeKind;
import se.samverkanskartan.network.GraphEdge;
import se.samverkanskartan.network.NetworkFacts;

/**
 * Hides a seeded random share of the cooperating pairs, ranks the pairs without a tie and
 * measures how high the hidden ones come: AUC and precision@10, for the combined score,
 * each single signal and a random ranking.
 */
final class Backtest {

	/** Above this many candidates, the pairs without a tie are sampled. */
	private static final int ALL_PAIRS_LIMIT = 800;

	private static final int NEGATIVE_SAMPLE = 100_000;

	private static final int TOP = 10;

	private Backtest() {
	}

	static BacktestResult run(NetworkFacts facts, double hiddenShare, long seed) {
		SuggestionIndex full = new SuggestionIndex(facts);
		List<String> tied = new ArrayList<>(facts.edges()
			.stream()
			.filter(edge -> edge.kind() == EdgeKind.COOPERATES_WITH && full.isCandidate(edge.source())
					&& full.isCandidate(edge.target()) && full.suggestible(edge.source(), edge.target()))
			.map(edge -> SuggestionIndex.pair(edge.source(), edge.target()))
			.collect(Collectors.toCollection(TreeSet::new)));
		Random random = new Random(seed);
		Collections.shuffle(tied, random);
		int hiddenCount = (int) Math.round(hiddenShare * tied.size());
		Set<String> hidden = new HashSet<>(tied.subList(0, hiddenCount));
		Set<GraphEdge> hiddenEdges = facts.edges()
			.stream()
			.filter(edge -> edge.kind() == EdgeKind.COOPERATES_WITH
					&& hidden.contains(SuggestionIndex.pair(edge.source(), edge.target())))
			.collect(Collectors.toSet());
		SuggestionIndex training = new SuggestionIndex(facts.without(hiddenEdges));
		List<String[]> pairs = evaluationPairs(training, hidden, random);
		boolean[] positive = new boolean[pairs.size()];
		Map<String, double[]> scores = new LinkedHashMap<>();
		scores.put("combined", new double[pairs.size()]);
		// Experience on a topic needs a topic; this backtest asks without one
		// (PartnerEvaluation asks with)
		Arrays.stream(Signal.values())
			.filter(signal -> signal != Signal.TOPIC_EXPERIENCE)
			.forEach(signal -> scores.put(signal.slug(), new double[pairs.size()]));
		double[] randomScores = new double[pairs.size()];
		for (int i = 0; i < pairs.size(); i++) {
			String a = pairs.get(i)[0];
			String b = pairs.get(i)[1];
			positive[i] = hidden.contains(SuggestionIndex.pair(a, b));
			var findings = training.findings(a, b, null);
			scores.get("combined")[i] = SuggestionIndex.score(findings);
			for (var entry : findings.entrySet()) {
				scores.get(entry.getKey().slug())[i] = entry.getValue().value();
			}
			randomScores[i] = random.nextDouble();
		}
		scores.put("random", randomScores);
		List<BacktestResult.ScorerResult> results = scores.entrySet()
			.stream()
			.map(entry -> new BacktestResult.ScorerResult(entry.getKey(), auc(entry.getValue(), positive),
					precisionAtTop(entry.getValue(), positive)))
			.toList();
		return new BacktestResult(seed, hiddenShare, hidden.size(), pairs.size(), results);
	}

	/**
	 * Every untied pair on small networks; the hidden ones plus a sample on large ones.
	 */
	private static List<String[]> evaluationPairs(SuggestionIndex training, Set<String> hidden, Random random) {
		List<String> candidates = training.candidates;
		List<String[]> pairs = new ArrayList<>();
		if (candidates.size() <= ALL_PAIRS_LIMIT) {
			for (int i = 0; i < candidates.size(); i++) {
				for (int j = i + 1; j < candidates.size(); j++) {
					addIfUntied(training, candidates.get(i), candidates.get(j), pairs);
				}
			}
			return pairs;
		}
		hidden.stream().sorted().forEach(pair -> pairs.add(pair.split("\\|")));
		Set<String> seen = new HashSet<>(hidden);
		for (int attempt = 0; attempt < NEGATIVE_SAMPLE * 2
				&& seen.size() < hidden.size() + NEGATIVE_SAMPLE; attempt++) {
			String a = candidates.get(random.nextInt(candidates.size()));
			String b = candidates.get(random.nextInt(candidates.size()));
			if (seen.add(SuggestionIndex.pair(a, b))) {
				addIfUntied(training, a, b, pairs);
			}
		}
		return pairs;
	}

	private static void addIfUntied(SuggestionIndex training, String a, String b, List<String[]> pairs) {
		if (training.suggestible(a, b) && !training.cooperates(a, b, null)) {
			pairs.add(new String[] { a, b });
		}
	}

	/** Mann-Whitney AUC with average ranks for ties; 0.5 when a class is empty. */
	static double auc(double[] scores, boolean[] positive) {
		Integer[] order = ascending(scores);
		double[] rank = new double[scores.length];
		for (int i = 0; i < order.length;) {
			int j = i;
			while (j + 1 < order.length && scores[order[j + 1]] == scores[order[i]]) {
				j++;
			}
			double average = (i + j) / 2.0 + 1;
			for (int k = i; k <= j; k++) {
				rank[order[k]] = average;
			}
			i = j + 1;
		}
		long positives = 0;
		double rankSum = 0;
		for (int i = 0; i < scores.length; i++) {
			if (positive[i]) {
				positives++;
				rankSum += rank[i];
			}
		}
		long negatives = scores.length - positives;
		if (positives == 0 || negatives == 0) {
			return 0.5;
		}
		return (rankSum - positives * (positives + 1) / 2.0) / (positives * (double) negatives);
	}

	/** Share of positives among the best {@value #TOP}, ties at the cut shared out. */
	static double precisionAtTop(double[] scores, boolean[] positive) {
		Integer[] order = ascending(scores);
		int top = Math.min(TOP, scores.length);
		if (top == 0) {
			return 0;
		}
		double hits = 0;
		int taken = 0;
		for (int i = order.length - 1; i >= 0 && taken < top;) {
			int j = i;
			int groupPositives = 0;
			while (j >= 0 && scores[order[j]] == scores[order[i]]) {
				groupPositives += positive[order[j]] ? 1 : 0;
				j--;
			}
			int group = i - j;
			int take = Math.min(group, top - taken);
			hits += take * (double) groupPositives / group;
			taken += take;
			i = j;
		}
		return hits / top;
	}

	private static Integer[] ascending(double[] scores) {
		Integer[] order = new Integer[scores.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
		return order;
	}

}
