package se.samverkanskartan.survey;

import java.util.ArrayList;
import java.util.List;

import org.springframework.mail.MailException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import se.samverkanskartan.network.InvalidParameterException;

/**
 * Reminders to the respondents whose organisation has not submitted (links not revoked):
 * by e-mail, or without an SMTP server as a list of links for a mail merge. Links are
 * stored only as hashes, so each reminder carries a new link and the one before stops
 * working.
 */
@Service
public class Reminders {

	private final RespondentLinks links;

	private final Invitations invitations;

	private final SurveyRounds rounds;

	Reminders(RespondentLinks links, Invitations invitations, SurveyRounds rounds) {
		this.links = links;
		this.invitations = invitations;
		this.rounds = rounds;
	}

	/** The respondents a reminder would reach. */
	@PreAuthorize("hasRole('EDITOR')")
	public List<RespondentStatus> waiting(String roundId) {
		return this.links.status(roundId).stream().filter(status -> !status.revoked() && status.waiting()).toList();
	}

	/**
	 * Mails each waiting respondent a reminder with a new link.
	 * @param address the app's address, for the links
	 * @return the addresses the mail server refused (their new link is not delivered:
	 * make another from the status list)
	 */
	@PreAuthorize("hasRole('EDITOR')")
	public Sent send(String roundId, String address) {
		Round round = round(roundId);
		List<String> failed = new ArrayList<>();
		int sent = 0;
		for (RespondentStatus respondent : waiting(roundId)) {
			IssuedLink link = this.links.reissue(respondent.id());
			try {
				this.invitations.remind(round, respondent.organisationName(), respondent.name(), respondent.email(),
						link, address);
				this.links.markReminded(respondent.id());
				sent++;
			}
			catch (MailException ex) {
				failed.add(respondent.email());
			}
		}
		return new Sent(sent, List.copyOf(failed));
	}

	/**
	 * New links for every waiting respondent, for a mail merge without an SMTP server.
	 */
	@PreAuthorize("hasRole('EDITOR')")
	public List<LinkRow> newLinks(String roundId, String address) {
		round(roundId);
		return waiting(roundId).stream().map(respondent -> {
			IssuedLink link = this.links.reissue(respondent.id());
			this.links.markReminded(respondent.id());
			return new LinkRow(respondent, address + link.path());
		}).toList();
	}

	private Round round(String roundId) {
		return this.rounds.find(roundId)
			.orElseThrow(() -> new InvalidParameterException("round", "No round " + roundId));
	}

	/**
	 * @param sent reminders the mail server took
	 * @param failed addresses it refused
	 */
	public record Sent(int sent, List<String> failed) {

	}

	/**
	 * @param respondent who it is for
	 * @param link their new personal link
	 */
	public record LinkRow(RespondentStatus respondent, String link) {

	}

}
