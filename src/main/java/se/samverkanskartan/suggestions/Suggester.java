package se.samverkanskartan.suggestions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.samverkanskartan.network.NodeKind;

/** Ranks pairs of one version of the data; the service checks the input first. */
final class Suggester {

	/**
	 * Below this, only what nearly everyone shares speaks for a pair (BRON, the police's
	 * citizen pledges): such candidates are not listed.
	 */
	static final double MIN_SCORE = 0.01;

	private final SuggestionIndex index;

	private final Set<String> dismissed;

	private final ReasonText text;

	Suggester(SuggestionIndex index, Set<String> dismissed, ReasonText text) {
		this.index = index;
		this.dismissed = dismissed;
		this.text = text;
	}

	/** Open pairs with one organisation, best first. */
	List<Suggestion> forOrganisation(String from, String topic, int limit) {
		List<Scored> found = new ArrayList<>();
		for (String to : this.index.candidates) {
			if (isOpen(from, to, topic)) {
				addIfScored(from, to, topic, false, found);
			}
		}
		return best(found, topic, limit);
	}

	/** Open pairs in the whole network, best first. */
	List<Suggestion> forNetwork(String topic, int limit) {
		List<String> candidates = this.index.candidates;
		List<Scored> found = new ArrayList<>();
		for (int i = 0; i < candidates.size(); i++) {
			for (int j = i + 1; j < candidates.size(); j++) {
				if (isOpen(candidates.get(i), candidates.get(j), topic)) {
					addIfScored(candidates.get(i), candidates.get(j), topic, false, found);
				}
			}
		}
		return best(found, topic, limit);
	}

	/**
	 * Every possible partner of the given kinds (all when empty), those already
	 * cooperating on the topic marked.
	 */
	List<Suggestion> partners(String from, String topic, Set<NodeKind> kinds, int limit) {
		List<Scored> found = new ArrayList<>();
		for (String to : this.index.candidates) {
			if (this.index.suggestible(from, to)
					&& (kinds.isEmpty() || kinds.contains(this.index.nodes.get(to).kind()))) {
				addIfScored(from, to, topic, this.index.cooperates(from, to, topic), found);
			}
		}
		return best(found, topic, limit);
	}

	private boolean isOpen(String a, String b, String topic) {
		return this.index.suggestible(a, b) && !this.index.cooperates(a, b, topic)
				&& !this.dismissed.contains(SuggestionDecisions.key(a, b, topic))
				&& !this.dismissed.contains(SuggestionDecisions.key(a, b, null));
	}

	/** A pair with its score; the reasons are put in words only for the pairs shown. */
	private record Scored(String from, String to, Map<Signal, SuggestionIndex.Finding> findings, double score,
			boolean cooperating, long rounded, int ties) {

	}

	private void addIfScored(String from, String to, String topic, boolean cooperating, List<Scored> found) {
		var findings = this.index.findings(from, to, topic);
		double score = SuggestionIndex.score(findings);
		if (score >= MIN_SCORE || cooperating) {
			found.add(new Scored(from, to, findings, score, cooperating, rounded(score),
					this.index.partnerCount(to, topic)));
		}
	}

	/**
	 * Best first. Scores equal to three decimals are told apart by the documented rule:
	 * more ties on the topic (on any topic when none is chosen), then by name; such
	 * candidates are marked as tied.
	 */
	private List<Suggestion> best(List<Scored> found, String topic, int limit) {
		List<Scored> ordered = found.stream()
			.sorted(Comparator.comparingLong((Scored pair) -> -pair.rounded())
				.thenComparingInt(pair -> -pair.ties())
				.thenComparing(pair -> this.index.nodes.get(pair.from()).name())
				.thenComparing(pair -> this.index.nodes.get(pair.to()).name()))
			.toList();
		List<Suggestion> best = new ArrayList<>();
		for (int i = 0; i < Math.min(limit, ordered.size()); i++) {
			long score = ordered.get(i).rounded();
			boolean tied = (i > 0 && ordered.get(i - 1).rounded() == score)
					|| (i + 1 < ordered.size() && ordered.get(i + 1).rounded() == score);
			best.add(suggestion(ordered.get(i), topic, tied));
		}
		return best;
	}

	private static long rounded(double score) {
		return Math.round(score * 1000);
	}

	private Suggestion suggestion(Scored pair, String topic, boolean tied) {
		var a = this.index.nodes.get(pair.from());
		var b = this.index.nodes.get(pair.to());
		return new Suggestion(a.id(), a.name(), b.id(), b.name(), b.kind().slug(), topic,
				(topic == null) ? null : this.text.topicName(topic), pair.score(),
				(pair.score() > 0) ? this.text.reasons(pair.from(), pair.to(), pair.findings()) : List.of(),
				pair.cooperating(), tied);
	}

}
