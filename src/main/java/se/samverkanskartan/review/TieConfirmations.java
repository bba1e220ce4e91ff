package se.samverkanskartan.review;

import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkanskartan.survey.SurveyRounds;
import se.samverkanskartan.survey.SurveySubmissions;

/**
 * Both sides' view as the explorer draws it: the pairs named in the latest round that has
 * answers, each confirmed by both, named by one side, or contradictory.
 */
@Service
public class TieConfirmations {

	private final SurveyRounds rounds;

	private final SurveySubmissions submissions;

	TieConfirmations(SurveyRounds rounds, SurveySubmissions submissions) {
		this.rounds = rounds;
		this.submissions = submissions;
	}

	/**
	 * By pair ("a|b", a before b), from the latest round with submitted answers; empty
	 * without one.
	 */
	@Transactional(readOnly = true)
	public Map<String, Confirmation> current() {
		for (var round : this.rounds.all()) {
			var answers = this.submissions.latest(round.id());
			if (!answers.isEmpty()) {
				return Confirmations.of(answers).pairs();
			}
		}
		return Map.of();
	}

	/** The key of a pair in {@link #current()}. */
	public static String pair(String a, String b) {
		return (a.compareTo(b) < 0) ? a + "|" + b : b + "|" + a;
	}

}
