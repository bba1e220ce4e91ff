package se.samverkanskartan.survey;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything the form behind a personal link needs, read in one transaction that also
 * notes the link as opened: one round trip to the database instead of five on every open.
 */
@Service
public class RespondentForms {

	/**
	 * The form as its link opens it.
	 *
	 * @param access the organisation and respondent the link reaches
	 * @param round the round, with its questions
	 * @param answers the saved answers, or the form pre-filled
	 * @param candidates the partners to choose from, the organisation itself left out
	 */
	public record OpenedForm(RespondentAccess access, Round round, FormAnswers answers,
			List<PartnerCandidates.Candidate> candidates) {

	}

	private final RespondentLinks links;

	private final SurveyRounds rounds;

	private final SurveyAnswers answers;

	private final PartnerCandidates candidates;

	RespondentForms(RespondentLinks links, SurveyRounds rounds, SurveyAnswers answers, PartnerCandidates candidates) {
		this.links = links;
		this.rounds = rounds;
		this.answers = answers;
		this.candidates = candidates;
	}

	/** Empty for a wrong, revoked or expired token. */
	@Transactional
	public Optional<OpenedForm> open(String token, LocalDate today) {
		return this.links.open(token, today).flatMap(access -> this.rounds.find(access.roundId()).map(round -> {
			this.links.markOpened(access);
			var partners = this.candidates.all(today)
				.stream()
				.filter(candidate -> !candidate.id().equals(access.organisationId()))
				.toList();
			return new OpenedForm(access, round, this.answers.read(access), partners);
		}));
	}

}
