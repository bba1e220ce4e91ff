package se.samverkanskartan.review.ui;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import se.samverkanskartan.review.Confirmation;
import se.samverkanskartan.review.Proposal;
import se.samverkanskartan.review.ProposalKind;
import se.samverkanskartan.survey.PartnerCandidates;

/**
 * One proposed change: what it is, the respondent's words, the other side's view, a tie
 * changed in the map since the answer, and the decision or the buttons to take it. A new
 * organisation offers the organisations in the map it may be.
 */
class ProposalRow extends Div {

	/**
	 * What the editor decided: accept (with the organisation to merge into), or reject.
	 */
	interface Decider {

		void accept(Proposal proposal, String mergeInto);

		void reject(Proposal proposal);

	}

	ProposalRow(Proposal proposal, Map<String, String> topicNames, Confirmation confirmation,
			java.util.List<PartnerCandidates.Candidate> matches, Decider decider) {
		addClassName("proposal");
		getElement().setAttribute("data-kind", proposal.kind().name());
		var kind = new Span(getTranslation(proposal.kind().messageKey()));
		kind.addClassNames("proposal-kind", "kind-" + proposal.kind().name().toLowerCase(java.util.Locale.ROOT));
		var what = new Span(what(proposal, topicNames));
		what.addClassName("proposal-what");
		add(kind, what);
		String details = details(proposal);
		if (!details.isEmpty()) {
			add(line("proposal-details", details));
		}
		if (proposal.quote() != null && !proposal.quote().isBlank()) {
			add(line("proposal-quote", "”" + proposal.quote() + "”"));
		}
		if (confirmation != null) {
			var state = line("proposal-confirmation", getTranslation(confirmation.messageKey()));
			state.getElement().setAttribute("data-confirmation", confirmation.name());
			add(state);
		}
		if (proposal.changedSince() != null) {
			add(line("proposal-changed", getTranslation("review.changed-since", proposal.changedSince())));
		}
		if (!proposal.open()) {
			add(line("proposal-decision", getTranslation(
					proposal.decision().accepted() ? "review.accepted" : "review.rejected", proposal.decision().by())));
			return;
		}
		var actions = new Div();
		actions.addClassName("proposal-actions");
		if (proposal.kind() == ProposalKind.NEW_ORGANISATION) {
			var same = new ComboBox<PartnerCandidates.Candidate>(getTranslation("review.same-as"));
			same.setItems(matches);
			same.setItemLabelGenerator(PartnerCandidates.Candidate::name);
			same.addClassName("proposal-same-as");
			same.setHelperText(matches.isEmpty() ? getTranslation("review.no-matches") : null);
			var merge = button("review.merge", "proposal-merge", click -> {
				if (same.getValue() == null) {
					same.setErrorMessage(getTranslation("review.choose-organisation"));
					same.setInvalid(true);
					return;
				}
				decider.accept(proposal, same.getValue().id());
			});
			actions.add(same, merge,
					button("review.add-new", "proposal-add-new", click -> decider.accept(proposal, null)));
		}
		else {
			var accept = button("review.accept", "proposal-accept", click -> decider.accept(proposal, null));
			accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			actions.add(accept);
		}
		actions.add(button("review.reject", "proposal-reject", click -> decider.reject(proposal)));
		add(actions);
	}

	private String what(Proposal proposal, Map<String, String> topicNames) {
		String topic = (proposal.topic() == null) ? proposal.topics()
			.stream()
			.map(slug -> topicNames.getOrDefault(slug, slug))
			.collect(Collectors.joining(", ")) : topicNames.getOrDefault(proposal.topic(), proposal.topic());
		if (proposal.kind() == ProposalKind.NEED) {
			return topic;
		}
		if (proposal.topic() == null && proposal.kind() != ProposalKind.NEW_ORGANISATION) {
			return proposal.partnerName() + " – " + getTranslation("review.membership");
		}
		return topic.isEmpty() ? proposal.partnerName() : proposal.partnerName() + " – " + topic;
	}

	private String details(Proposal proposal) {
		return Stream
			.of((proposal.frequency() == null) ? null : getTranslation("respond.frequency." + proposal.frequency()),
					(proposal.cooperationForm() == null) ? null
							: getTranslation("respond.form." + proposal.cooperationForm()),
					(proposal.since() == null) ? null
							: getTranslation("respond.partner.since-year", String.valueOf(proposal.since())))
			.filter(text -> text != null)
			.collect(Collectors.joining(" · "));
	}

	private static Div line(String className, String text) {
		var line = new Div(text);
		line.addClassName(className);
		return line;
	}

	private Button button(String key, String className,
			com.vaadin.flow.component.ComponentEventListener<com.vaadin.flow.component.ClickEvent<Button>> listener) {
		var button = new Button(getTranslation(key), listener);
		button.addThemeVariants(ButtonVariant.LUMO_SMALL);
		button.addClassName(className);
		return button;
	}

}
