package se.samverkanskartan.review.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import se.samverkanskartan.review.Confirmations;
import se.samverkanskartan.review.OrganisationReview;
import se.samverkanskartan.review.Proposal;
import se.samverkanskartan.review.ProposalKind;
import se.samverkanskartan.survey.PartnerCandidates;

/**
 * One organisation's answer as a difference against the map: its proposals, each to
 * accept or reject, and all of them at once. Open while something is left to decide.
 */
class OrganisationReviewCard extends Details {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	OrganisationReviewCard(OrganisationReview review, Map<String, String> topicNames, Confirmations confirmations,
			Function<String, List<PartnerCandidates.Candidate>> matches, ProposalRow.Decider decider,
			Runnable acceptAll) {
		addClassName("organisation-review");
		getElement().setAttribute("data-organisation", review.organisationId());
		String name = (review.organisationName() == null) ? review.organisationId() : review.organisationName();
		String day = DAY.format(review.submitted().withZoneSameInstant(ZoneId.of("Europe/Stockholm")));
		setSummaryText(getTranslation("review.organisation", name, day, review.open(), review.proposals().size()));
		setWidthFull();
		setOpened(review.open() > 0);
		var body = new Div();
		body.addClassName("organisation-review-body");
		if (review.organisationName() == null) {
			body.add(new Paragraph(getTranslation("review.organisation-gone")));
			add(body);
			return;
		}
		if (review.proposals().isEmpty()) {
			body.add(new Paragraph(getTranslation("review.nothing")));
		}
		boolean openLeft = review.proposals()
			.stream()
			.anyMatch(proposal -> proposal.open() && proposal.kind() != ProposalKind.NEW_ORGANISATION);
		if (openLeft) {
			var all = new Button(getTranslation("review.accept-all", name), click -> acceptAll.run());
			all.addClassName("review-accept-all");
			body.add(all);
		}
		for (Proposal proposal : review.proposals()) {
			var confirmation = (proposal.partnerId() == null) ? null
					: confirmations.of(review.organisationId(), proposal.partnerId());
			body.add(new ProposalRow(proposal, topicNames, confirmation,
					(proposal.kind() == ProposalKind.NEW_ORGANISATION) ? matches.apply(proposal.partnerName())
						.stream()
						.filter(candidate -> !candidate.id().equals(review.organisationId()))
						.toList() : List.of(),
					decider));
		}
		add(body);
	}

}
