package se.samverkanskartan.survey.ui;

import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

import se.samverkanskartan.network.InvalidParameterException;
import se.samverkanskartan.survey.Invitations;
import se.samverkanskartan.survey.RespondentLinks;
import se.samverkanskartan.survey.Round;

/**
 * Adds a respondent to an organisation of the round: the personal link is shown once to
 * copy and, with a mail server, sent as an invitation.
 */
class RespondentInvite extends Div {

	private final RespondentLinks links;

	private final Invitations invitations;

	private final Supplier<String> address;

	private final Runnable onInvited;

	private final ComboBox<Round.Asked> organisation = new ComboBox<>();

	private final TextField name = new TextField();

	private final TextField email = new TextField();

	private final TextField role = new TextField();

	private final TextField issued = new TextField();

	private final Paragraph sent = new Paragraph();

	private Round round;

	RespondentInvite(RespondentLinks links, Invitations invitations, Supplier<String> address, Runnable onInvited) {
		this.links = links;
		this.invitations = invitations;
		this.address = address;
		this.onInvited = onInvited;
		this.sent.addClassName("invitation-state");
		this.sent.getElement().setAttribute("aria-live", "polite");
		this.issued.setLabel(getTranslation("rounds.link"));
		this.issued.setHelperText(getTranslation("rounds.link-help"));
		this.issued.setReadOnly(true);
		this.issued.setWidthFull();
		this.issued.setVisible(false);
		this.issued.addClassName("issued-link");
		setWidthFull();
		add(form(), this.sent, this.issued);
	}

	void show(Round round) {
		this.round = round;
		this.organisation.setItems((round == null) ? List.of() : round.organisations());
	}

	private HorizontalLayout form() {
		this.organisation.setLabel(getTranslation("rounds.organisation"));
		this.organisation.setItemLabelGenerator(Round.Asked::name);
		this.organisation.addClassName("respondent-organisation");
		this.name.setLabel(getTranslation("rounds.respondent"));
		this.name.addClassName("respondent-name");
		this.email.setLabel(getTranslation("rounds.email"));
		this.email.addClassName("respondent-email");
		this.role.setLabel(getTranslation("rounds.role"));
		var add = new Button(getTranslation("rounds.invite"), click -> invite());
		add.addClassName("respondent-add");
		var form = new HorizontalLayout(this.organisation, this.name, this.email, this.role, add);
		form.setAlignItems(Alignment.BASELINE);
		form.setWrap(true);
		return form;
	}

	private void invite() {
		Round shown = this.round;
		if (shown == null || this.organisation.getValue() == null) {
			this.organisation.setErrorMessage(getTranslation("rounds.problem.organisation"));
			this.organisation.setInvalid(true);
			return;
		}
		try {
			String email = this.email.getValue().strip();
			var link = this.links.invite(shown.id(), this.organisation.getValue().id(), this.name.getValue(), email,
					this.role.getValue());
			this.issued.setValue(this.address.get() + link.path());
			this.issued.setVisible(true);
			this.sent.setText("");
			if (this.invitations.available()) {
				try {
					this.invitations.send(shown, this.organisation.getValue().name(), this.name.getValue().strip(),
							email, link, this.address.get());
					this.sent.setText(getTranslation("invitation.sent", email));
				}
				catch (org.springframework.mail.MailException ex) {
					this.sent.setText(getTranslation("invitation.failed", ex.getMostSpecificCause().getMessage()));
				}
			}
			this.name.clear();
			this.email.clear();
			this.role.clear();
			this.organisation.setInvalid(false);
			this.name.setInvalid(false);
			this.email.setInvalid(false);
			this.onInvited.run();
		}
		catch (InvalidParameterException ex) {
			var field = switch (ex.parameter()) {
				case "name" -> this.name;
				case "email" -> this.email;
				default -> this.role;
			};
			field.setErrorMessage(getTranslation("rounds.problem.respondent-" + ex.parameter()));
			field.setInvalid(true);
		}
	}

}
