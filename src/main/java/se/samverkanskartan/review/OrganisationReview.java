package se.samverkanskartan.review;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * One organisation's last submission in a round, as proposed changes.
 *
 * @param organisationId the organisation
 * @param organisationName its name, or null when it was deleted or merged since
 * @param submitted when the answer was submitted
 * @param proposals what the answer proposes, open and decided
 */
public record OrganisationReview(String organisationId, String organisationName, ZonedDateTime submitted,
		List<Proposal> proposals) {

	public OrganisationReview {
		proposals = List.copyOf(proposals);
	}

	public long open() {
		return this.proposals.stream().filter(Proposal::open).count();
	}

}
