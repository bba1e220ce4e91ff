package se.samverkanskartan.review;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.samverkanskartan.survey.PartnerAnswer;
import se.samverkanskartan.survey.SubmittedAnswer;

/**
 * Both sides' view of each pair named in a round: confirmed by both, named by one side
 * only, or contradicted (one names the other, whose answer says the tie has ended).
 */
public final class Confirmations {

	private final Map<String, Set<String>> named = new HashMap<>();

	private final Map<String, Set<String>> ended = new HashMap<>();

	private Confirmations() {
	}

	public static Confirmations of(List<SubmittedAnswer> answers) {
		Confirmations confirmations = new Confirmations();
		for (SubmittedAnswer answer : answers) {
			for (PartnerAnswer partner : answer.partners()) {
				if (partner.partnerId() != null) {
					var into = "upphort".equals(partner.still()) ? confirmations.ended : confirmations.named;
					into.computeIfAbsent(answer.organisationId(), key -> new HashSet<>()).add(partner.partnerId());
				}
			}
		}
		return confirmations;
	}

	/**
	 * The state of the pair as the answers tell it, or null when neither names the other.
	 */
	public Confirmation of(String a, String b) {
		boolean aNamesB = names(this.named, a, b);
		boolean bNamesA = names(this.named, b, a);
		if (aNamesB && bNamesA) {
			return Confirmation.BOTH;
		}
		if ((aNamesB && names(this.ended, b, a)) || (bNamesA && names(this.ended, a, b))) {
			return Confirmation.CONTRADICTORY;
		}
		return (aNamesB || bNamesA) ? Confirmation.ONE_SIDE : null;
	}

	/** Every pair named by either side, as "a|b" with a before b, and its state. */
	public Map<String, Confirmation> pairs() {
		Map<String, Confirmation> pairs = new java.util.TreeMap<>();
		for (String a : this.named.keySet()) {
			for (String b : this.named.get(a)) {
				pairs.put(TieConfirmations.pair(a, b), of(a, b));
			}
		}
		return pairs;
	}

	private static boolean names(Map<String, Set<String>> by, String who, String whom) {
		return by.getOrDefault(who, Set.of()).contains(whom);
	}

}
