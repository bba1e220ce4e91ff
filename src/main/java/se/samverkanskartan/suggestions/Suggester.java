package se.samverkanskartan.suggestions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Ranks pairs of one version of the data; the service checks the input first. */
final class Suggester {

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
		List<Suggestion> found = new ArrayList<>();
		for (String to : this.index.candidates) {
			if (isOpen(from, to, topic)) {
				addIfScored(from, to, topic, false, found);
			}
		}
		return best(found, limit);
	}

	/** Open pairs in the whole network, best first. */
	List<Suggestion> forNetwork(String topic, int limit) {
		List<String> candidates = this.index.candidates;
		List<Suggestion> found = new ArrayList<>();
		for (int i = 0; i < candidates.size(); i++) {
			for (int j = i + 1; j < candidates.size(); j++) {
				if (isOpen(candidates.get(i), candidates.get(j), topic)) {
					addIfScored(candidates.get(i), candidates.get(j), topic, false, found);
				}
			}
		}
		return best(found, limit);
	}

	/** Every possible partner, those already cooperating on the topic marked. */
	List<Suggestion> partners(String from, String topic, int limit) {
		List<Suggestion> found = new ArrayList<>();
		for (String to : this.index.candidates) {
			if (this.index.suggestible(from, to)) {
				addIfScored(from, to, topic, this.index.cooperates(from, to, topic), found);
			}
		}
		return best(found, limit);
	}

	private boolean isOpen(String a, String b, String topic) {
		return this.index.suggestible(a, b) && !this.index.cooperates(a, b, topic)
				&& !this.dismissed.contains(SuggestionDecisions.key(a, b, topic))
				&& !this.dismissed.contains(SuggestionDecisions.key(a, b, null));
	}

	private void addIfScored(String from, String to, String topic, boolean cooperating, List<Suggestion> found) {
		var findings = this.index.findings(from, to, topic);
		double score = SuggestionIndex.score(findings);
		if (score > 0 || cooperating) {
			var a = this.index.nodes.get(from);
			var b = this.index.nodes.get(to);
			found.add(new Suggestion(a.id(), a.name(), b.id(), b.name(), b.kind().slug(), topic,
					(topic == null) ? null : this.text.topicName(topic), score,
					(score > 0) ? this.text.reasons(from, to, findings) : List.of(), cooperating));
		}
	}

	private static List<Suggestion> best(List<Suggestion> found, int limit) {
		return found.stream()
			.sorted(Comparator.comparingDouble(Suggestion::score)
				.reversed()
				.thenComparing(Suggestion::fromName)
				.thenComparing(Suggestion::toName))
			.limit(limit)
			.toList();
	}

}
