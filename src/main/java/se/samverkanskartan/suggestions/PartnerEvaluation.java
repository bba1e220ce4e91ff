package se.samverkanskartan.suggestions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import se.samverkanskartan.network.EdgeKind;
import se.samverkanskartan.network.GraphEdge;
import se.samverkanskartan.network.NetworkFacts;

/**
 * The question an official asks, as a test: for every topic on which at least
 * {@value #MIN_ORGANISATIONS} organisations are tied, hide one organisation's ties on
 * that topic, ask the partner finder for that organisation and topic, and see where its
 * real partners land (recall@5, mean reciprocal rank): for the combined score, each
 * single signal alone and random, over several seeds.
 */
final class PartnerEvaluation {

	static final int MIN_ORGANISATIONS = 3;

	static final int TOP = 5;

	/** On large networks the questions are sampled, the same ones for every seed. */
	static final int MAX_QUERIES = 400;

	private PartnerEvaluation() {
	}

	private record Query(String organisation, String topic, Set<String> partners) {

	}

	static PartnerEvaluationResult run(NetworkFacts facts, List<Long> seeds) {
		SuggestionIndex full = new SuggestionIndex(facts);
		List<Query> queries = queries(facts, full);
		List<String> scorers = new ArrayList<>();
		scorers.add("combined");
		Arrays.stream(Signal.values()).map(Signal::slug).forEach(scorers::add);
		scorers.add("random");
		Map<String, List<double[]>> perSeed = new LinkedHashMap<>();
		scorers.forEach(scorer -> perSeed.put(scorer, new ArrayList<>()));
		Map<Query, Map<String, Map<String, Double>>> scores = new HashMap<>();
		for (Query query : queries) {
			scores.put(query, score(facts, full, query));
		}
		for (long seed : seeds) {
			Random random = new Random(seed);
			Map<String, double[]> sums = new HashMap<>();
			scorers.forEach(scorer -> sums.put(scorer, new double[2]));
			for (Query query : queries) {
				Map<String, Map<String, Double>> byScorer = scores.get(query);
				List<String> candidates = new ArrayList<>(byScorer.get("combined").keySet());
				Map<String, Double> noise = new HashMap<>();
				candidates.forEach(candidate -> noise.put(candidate, random.nextDouble()));
				for (String scorer : scorers) {
					Map<String, Double> values = scorer.equals("random") ? noise : byScorer.get(scorer);
					List<String> ranked = candidates.stream()
						.sorted(Comparator.comparingDouble((String c) -> -values.getOrDefault(c, 0.0))
							.thenComparingDouble(noise::get))
						.toList();
					double[] sum = sums.get(scorer);
					sum[0] += recall(ranked, query.partners());
					sum[1] += reciprocalRank(ranked, query.partners());
				}
			}
			scorers.forEach(scorer -> perSeed.get(scorer)
				.add(new double[] { sums.get(scorer)[0] / Math.max(1, queries.size()),
						sums.get(scorer)[1] / Math.max(1, queries.size()) }));
		}
		List<PartnerEvaluationResult.ScorerResult> results = new ArrayList<>();
		perSeed.forEach((scorer, runs) -> results.add(summary(scorer, runs)));
		return new PartnerEvaluationResult(queries.size(), seeds, results);
	}

	/**
	 * (organisation, topic) pairs with their real partners on the topic, in a fixed
	 * order.
	 */
	private static List<Query> queries(NetworkFacts facts, SuggestionIndex full) {
		Map<String, Map<String, Set<String>>> byTopic = new TreeMap<>();
		for (GraphEdge edge : facts.edges()) {
			if (edge.kind() == EdgeKind.COOPERATES_WITH && edge.topic() != null && full.isCandidate(edge.source())
					&& full.isCandidate(edge.target()) && full.suggestible(edge.source(), edge.target())) {
				var ofTopic = byTopic.computeIfAbsent(edge.topic(), topic -> new TreeMap<>());
				ofTopic.computeIfAbsent(edge.source(), id -> new TreeSet<>()).add(edge.target());
				ofTopic.computeIfAbsent(edge.target(), id -> new TreeSet<>()).add(edge.source());
			}
		}
		List<Query> queries = new ArrayList<>();
		byTopic.forEach((topic, organisations) -> {
			if (organisations.size() >= MIN_ORGANISATIONS) {
				organisations
					.forEach((organisation, partners) -> queries.add(new Query(organisation, topic, partners)));
			}
		});
		if (queries.size() > MAX_QUERIES) {
			java.util.Collections.shuffle(queries, new Random(0));
			return List.copyOf(queries.subList(0, MAX_QUERIES));
		}
		return queries;
	}

	/**
	 * Every candidate's score per scorer, with the organisation's ties on the topic
	 * hidden.
	 */
	private static Map<String, Map<String, Double>> score(NetworkFacts facts, SuggestionIndex full, Query query) {
		Set<GraphEdge> hidden = facts.edges()
			.stream()
			.filter(edge -> edge.kind() == EdgeKind.COOPERATES_WITH && query.topic().equals(edge.topic())
					&& (edge.source().equals(query.organisation()) || edge.target().equals(query.organisation())))
			.collect(Collectors.toCollection(HashSet::new));
		SuggestionIndex training = new SuggestionIndex(facts.without(hidden));
		Map<String, Map<String, Double>> byScorer = new HashMap<>();
		byScorer.put("combined", new LinkedHashMap<>());
		Arrays.stream(Signal.values()).forEach(signal -> byScorer.put(signal.slug(), new HashMap<>()));
		for (String candidate : full.candidates) {
			if (!training.suggestible(query.organisation(), candidate)) {
				continue;
			}
			var findings = training.findings(query.organisation(), candidate, query.topic());
			byScorer.get("combined").put(candidate, SuggestionIndex.score(findings));
			findings.forEach((signal, finding) -> byScorer.get(signal.slug()).put(candidate, finding.value()));
		}
		return byScorer;
	}

	static double recall(List<String> ranked, Set<String> partners) {
		long found = ranked.stream().limit(TOP).filter(partners::contains).count();
		return (double) found / partners.size();
	}

	static double reciprocalRank(List<String> ranked, Set<String> partners) {
		for (int i = 0; i < ranked.size(); i++) {
			if (partners.contains(ranked.get(i))) {
				return 1.0 / (i + 1);
			}
		}
		return 0;
	}

	private static PartnerEvaluationResult.ScorerResult summary(String scorer, List<double[]> runs) {
		var recall = runs.stream().mapToDouble(run -> run[0]).summaryStatistics();
		var rank = runs.stream().mapToDouble(run -> run[1]).summaryStatistics();
		return new PartnerEvaluationResult.ScorerResult(scorer, recall.getAverage(), recall.getMin(), recall.getMax(),
				rank.getAverage(), rank.getMin(), rank.getMax());
	}

}
