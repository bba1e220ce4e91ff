package se.samverkanskartan.review;

import java.time.LocalDate;
import java.util.List;

/**
 * One change a submitted answer proposes, against the network as it is now.
 *
 * @param key stable for the submission: the submission, the partner and the topic
 * @param kind what it changes
 * @param organisationId the organisation that answered
 * @param partnerId the partner in the map, or null for a new organisation and a need
 * @param partnerName the partner's name (as written, for a new organisation)
 * @param topic the topic's slug, or null for a new organisation (see {@code topics})
 * @param topics a new organisation's topics
 * @param tieId the tie concerned, for ended and confirmed ties
 * @param since the year the cooperation began, as answered, or null
 * @param frequency how often, as answered, or null
 * @param cooperationForm the form of cooperation, as answered, or null
 * @param quote the respondent's own words, or null
 * @param answered the day the answer was submitted
 * @param changedSince what the tie is now, when it was changed in the map after the
 * answer was given (both versions are shown, the editor chooses); otherwise null
 * @param decision the decision taken, or null while open
 */
public record Proposal(String key, ProposalKind kind, String organisationId, String partnerId, String partnerName,
		String topic, List<String> topics, String tieId, Integer since, String frequency, String cooperationForm,
		String quote, LocalDate answered, String changedSince, Decision decision) {

	public Proposal {
		topics = (topics == null) ? List.of() : List.copyOf(topics);
	}

	/** Whether no decision has been taken on it yet. */
	public boolean open() {
		return this.decision == null;
	}

	/**
	 * Decided, it shows as what was proposed then (a new tie accepted is confirmed now).
	 */
	Proposal withDecision(Decision taken) {
		if (taken == null) {
			return this;
		}
		return new Proposal(this.key, taken.kind(), this.organisationId, this.partnerId, this.partnerName, this.topic,
				this.topics, this.tieId, this.since, this.frequency, this.cooperationForm, this.quote, this.answered,
				this.changedSince, taken);
	}

	Proposal withChangedSince(String now) {
		return new Proposal(this.key, this.kind, this.organisationId, this.partnerId, this.partnerName, this.topic,
				this.topics, this.tieId, this.since, this.frequency, this.cooperationForm, this.quote, this.answered,
				now, this.decision);
	}

	/**
	 * @param accepted accepted or rejected
	 * @param by who decided
	 * @param at when
	 * @param kind what was proposed when it was decided (a new tie accepted is confirmed
	 * in the next computation)
	 */
	public record Decision(boolean accepted, String by, java.time.ZonedDateTime at, ProposalKind kind) {

	}

}
