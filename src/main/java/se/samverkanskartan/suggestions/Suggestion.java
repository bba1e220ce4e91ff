package se.samverkanskartan.suggestions;

import java.util.List;

/**
 * A pair that could cooperate, best reasons first.
 *
 * @param fromId node id of the organisation asked about (or the first of the pair)
 * @param fromName its name
 * @param toId node id of the suggested partner
 * @param toName its name
 * @param toKind the suggested partner's kind slug
 * @param topic the topic slug the suggestion is for, null for any
 * @param topicName the topic's name in the requested language, null for any
 * @param score 0..1, the weighted sum of the signals
 * @param reasons the signals that contributed, largest share first
 * @param alreadyCooperating whether the pair already has a tie on the topic (partner
 * finder only; suggestions never include such pairs)
 * @param tied whether another candidate in the list has the same score (to three
 * decimals), so that the two cannot be told apart; their order is then the documented
 * rule's (more ties on the topic first, then by name)
 */
public record Suggestion(String fromId, String fromName, String toId, String toName, String toKind, String topic,
		String topicName, double score, List<Reason> reasons, boolean alreadyCooperating, boolean tied) {

	public Suggestion {
		reasons = List.copyOf(reasons);
	}

	public Suggestion(String fromId, String fromName, String toId, String toName, String toKind, String topic,
			String topicName, double score, List<Reason> reasons, boolean alreadyCooperating) {
		this(fromId, fromName, toId, toName, toKind, topic, topicName, score, reasons, alreadyCooperating, false);
	}

	/** The reasons joined into one line, as on hover and in exports. */
	public String reasonLine() {
		return String.join("; ", this.reasons.stream().map(Reason::text).toList());
	}

}
