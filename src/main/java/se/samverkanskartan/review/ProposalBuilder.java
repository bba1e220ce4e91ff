package se.samverkanskartan.review;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import se.samverkanskartan.network.Names;
import se.samverkanskartan.survey.PartnerAnswer;
import se.samverkanskartan.survey.PartnerChoices;
import se.samverkanskartan.survey.SubmittedAnswer;

/**
 * Turns one submitted answer into proposed changes against the organisation's ties today:
 * each partner and topic named becomes a new tie, a new topic on a pair or a confirmed
 * tie; a partner marked "har upphört" ends its ties, one marked "ändrat" ends the topics
 * no longer named; a partner missing from the map becomes a new organisation; each topic
 * of the needs a stated need.
 */
final class ProposalBuilder {

	/** Topic of a tie named without a topic. */
	static final String GENERAL_TOPIC = "trygghet-allmant";

	private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

	private ProposalBuilder() {
	}

	/**
	 * @param answer the organisation's last submission
	 * @param ties its cooperation ties today
	 * @param names partner names by id, for the proposals' text
	 */
	static List<Proposal> build(SubmittedAnswer answer, List<CurrentTie> ties, java.util.Map<String, String> names) {
		LocalDate answered = answer.at().withZoneSameInstant(ZONE).toLocalDate();
		List<Proposal> proposals = new ArrayList<>();
		for (PartnerAnswer partner : answer.partners()) {
			if (partner.partnerId() == null) {
				proposals.add(new Proposal(key(answer, "new", Names.normalise(partner.newName())),
						ProposalKind.NEW_ORGANISATION, answer.organisationId(), null, partner.newName(), null,
						partner.topics(), null, partner.since(), partner.frequency(), partner.form(), partner.comment(),
						answered, null, null));
				continue;
			}
			String name = names.getOrDefault(partner.partnerId(), partner.partnerId());
			List<CurrentTie> pair = ties.stream().filter(tie -> tie.partnerId().equals(partner.partnerId())).toList();
			if ("upphort".equals(partner.still())) {
				pair.forEach(tie -> proposals.add(ended(answer, partner, name, tie, answered)));
				continue;
			}
			// A forum membership the answer names is confirmed as it is
			var membership = pair.stream().filter(CurrentTie::membership).findFirst();
			membership.ifPresent(tie -> proposals
				.add(new Proposal(key(answer, partner.partnerId(), "membership"), ProposalKind.CONFIRMED,
						answer.organisationId(), partner.partnerId(), name, null, List.of(), tie.id(), partner.since(),
						partner.frequency(), partner.form(), partner.comment(), answered, null, null)));
			List<CurrentTie> cooperation = pair.stream().filter(tie -> !tie.membership()).toList();
			Set<String> topics = new LinkedHashSet<>(partner.topics());
			if (topics.isEmpty()) {
				cooperation.forEach(tie -> topics.add(tie.topic()));
			}
			if (topics.isEmpty() && membership.isEmpty()) {
				topics.add(GENERAL_TOPIC);
			}
			for (String topic : topics) {
				var existing = cooperation.stream().filter(tie -> topic.equals(tie.topic())).findFirst();
				ProposalKind kind = existing.isPresent() ? ProposalKind.CONFIRMED
						: pair.isEmpty() ? ProposalKind.NEW_TIE : ProposalKind.NEW_TOPIC;
				proposals.add(new Proposal(key(answer, partner.partnerId(), topic), kind, answer.organisationId(),
						partner.partnerId(), name, topic, List.of(), existing.map(CurrentTie::id).orElse(null),
						partner.since(), partner.frequency(), partner.form(), partner.comment(), answered, null, null));
			}
			if ("andrat".equals(partner.still())) {
				cooperation.stream()
					.filter(tie -> !topics.contains(tie.topic()))
					.forEach(tie -> proposals.add(ended(answer, partner, name, tie, answered)));
			}
		}
		String needs = answer.values().getOrDefault(PartnerChoices.NEEDS_TOPICS, "");
		String needText = answer.values().get(PartnerChoices.NEEDS_TEXT);
		Arrays.stream(needs.split(","))
			.map(String::strip)
			.filter(topic -> !topic.isEmpty())
			.distinct()
			.forEach(topic -> proposals
				.add(new Proposal(key(answer, "need", topic), ProposalKind.NEED, answer.organisationId(), null, null,
						topic, List.of(), null, null, null, null, needText, answered, null, null)));
		return List.copyOf(proposals);
	}

	private static Proposal ended(SubmittedAnswer answer, PartnerAnswer partner, String name, CurrentTie tie,
			LocalDate answered) {
		String what = tie.membership() ? "membership" : tie.topic();
		return new Proposal(key(answer, partner.partnerId(), what + "|ended"), ProposalKind.ENDED,
				answer.organisationId(), partner.partnerId(), name, tie.topic(), List.of(), tie.id(), partner.since(),
				partner.frequency(), partner.form(), partner.comment(), answered, null, null);
	}

	private static String key(SubmittedAnswer answer, String partner, String topic) {
		return answer.submissionId() + "|" + partner + "|" + topic;
	}

}
