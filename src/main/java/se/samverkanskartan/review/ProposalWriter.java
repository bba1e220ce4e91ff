package se.samverkanskartan.review;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import se.samverkanskartan.editing.NeedEditing;
import se.samverkanskartan.editing.NeedForm;
import se.samverkanskartan.editing.OrganisationEditing;
import se.samverkanskartan.editing.OrganisationForm;
import se.samverkanskartan.editing.TieEditing;
import se.samverkanskartan.editing.TieForm;
import se.samverkanskartan.network.InvalidParameterException;
import se.samverkanskartan.network.Names;

/**
 * Writes an accepted proposal through the editing services, so that each change has its
 * history entry and can be reverted: the round as the source, the question as the
 * section, the respondent's words as the quote (or a sentence naming the round and the
 * organisation), evidence "explicit", the year answered as the start, and how often and
 * in what form as the tie's properties.
 */
@Component
class ProposalWriter {

	static final String NETWORK_QUESTION = "Vilka kommuner, stadsdelar och andra aktörer samverkar ni med i trygghetsarbetet?";

	static final String NEEDS_QUESTION = "Inom vilka teman vill ni utveckla samverkan, och gärna med vilka?";

	private final TieEditing ties;

	private final NeedEditing needs;

	private final OrganisationEditing organisations;

	ProposalWriter(TieEditing ties, NeedEditing needs, OrganisationEditing organisations) {
		this.ties = ties;
		this.needs = needs;
		this.organisations = organisations;
	}

	void write(Proposal proposal, String round, String mergeInto) {
		switch (proposal.kind()) {
			case NEW_TIE, NEW_TOPIC -> create(proposal, proposal.partnerId(), proposal.topic(), round);
			case CONFIRMED -> {
				TieForm now = tie(proposal);
				if (now.topic() == null) {
					// A forum membership as it is: nothing to write but the decision
					return;
				}
				this.ties.update(now.withSurveyDetails(proposal.frequency(), proposal.cooperationForm(), round,
						proposal.answered()));
			}
			case ENDED -> this.ties.update(tie(proposal).endedOn(proposal.answered()));
			case NEED -> this.needs.create(new NeedForm(proposal.organisationId(), proposal.topic(), round,
					NEEDS_QUESTION, quote(proposal, round, "vill utveckla samverkan om temat")));
			case NEW_ORGANISATION -> newOrganisation(proposal, round, mergeInto);
		}
	}

	private void newOrganisation(Proposal proposal, String round, String mergeInto) {
		String partner = mergeInto;
		if (partner == null) {
			partner = "actor:" + Names.slug(proposal.partnerName());
			this.organisations
				.create(new OrganisationForm(partner, proposal.partnerName().strip(), null, null, List.of(), 0));
		}
		else if (partner.equals(proposal.organisationId())) {
			throw new ReviewRefusedException("self", "An organisation does not cooperate with itself");
		}
		else if (this.organisations.load(partner).isEmpty()) {
			throw new ReviewRefusedException("organisation-gone", "No organisation " + partner);
		}
		List<String> topics = proposal.topics().isEmpty() ? List.of(ProposalBuilder.GENERAL_TOPIC) : proposal.topics();
		for (String topic : topics) {
			create(proposal, partner, topic, round);
		}
	}

	private void create(Proposal proposal, String partner, String topic, String round) {
		LocalDate since = (proposal.since() == null) ? null : LocalDate.of(proposal.since(), 1, 1);
		try {
			this.ties.create(new TieForm(null, proposal.organisationId(), partner, topic, since, null, "explicit",
					round, NETWORK_QUESTION, quote(proposal, round, "uppger samverkan med " + proposal.partnerName()),
					proposal.frequency(), proposal.cooperationForm(), round, proposal.answered(), 0));
		}
		catch (InvalidParameterException ex) {
			throw new ReviewRefusedException("exists", ex.getMessage());
		}
	}

	private TieForm tie(Proposal proposal) {
		return this.ties.load(proposal.tieId())
			.orElseThrow(() -> new ReviewRefusedException("tie-gone", "The tie was deleted after the answer"));
	}

	/** The respondent's words, or a sentence naming the round and the organisation. */
	private String quote(Proposal proposal, String round, String what) {
		String name = this.organisations.load(proposal.organisationId())
			.map(OrganisationForm::name)
			.orElse(proposal.organisationId());
		if (proposal.quote() != null && !proposal.quote().isBlank()) {
			return proposal.quote().strip();
		}
		return "Svar i " + round + " (" + proposal.answered() + "): " + name + " " + what + ".";
	}

}
