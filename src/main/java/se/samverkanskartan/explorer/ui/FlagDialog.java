package se.samverkanskartan.explorer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import se.samverkanskartan.network.InvalidParameterException;
import se.samverkanskartan.review.Flags;

/**
 * "Rapportera fel" for any logged-in reader: what is wrong with a tie or an organisation
 * (it has ended, a wrong party, a wrong topic, or in their own words); an editor reviews
 * the report.
 */
class FlagDialog extends Dialog {

	private final RadioButtonGroup<String> reason = new RadioButtonGroup<>();

	private final TextArea text = new TextArea();

	FlagDialog(Flags flags, String subjectId, boolean tie, String name) {
		addClassName("flag-dialog");
		setHeaderTitle(getTranslation("flag.title", name));
		this.reason.setLabel(getTranslation("flag.reason"));
		this.reason.setItems(Flags.REASONS.stream().filter(item -> tie || !item.equals("wrong-topic")).toList());
		this.reason.setItemLabelGenerator(item -> getTranslation("flag.reason." + item));
		this.reason.addClassName("flag-reason");
		this.text.setLabel(getTranslation("flag.text"));
		this.text.setMaxLength(2000);
		this.text.setWidthFull();
		this.text.addClassName("flag-text");
		add(this.reason, this.text);
		var send = new Button(getTranslation("flag.send"), click -> send(flags, subjectId, tie));
		send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		send.addClassName("flag-send");
		getFooter().add(new Button(getTranslation("flag.cancel"), click -> close()), send);
	}

	private void send(Flags flags, String subjectId, boolean tie) {
		if (this.reason.getValue() == null) {
			this.reason.setErrorMessage(getTranslation("flag.choose-reason"));
			this.reason.setInvalid(true);
			return;
		}
		try {
			flags.flag(subjectId, tie, this.reason.getValue(), this.text.getValue());
			close();
			Notification.show(getTranslation("flag.sent"), 5000, Notification.Position.BOTTOM_START);
		}
		catch (InvalidParameterException ex) {
			if ("text".equals(ex.parameter())) {
				this.text.setErrorMessage(getTranslation("flag.text-needed"));
				this.text.setInvalid(true);
			}
			else {
				close();
				Warnings.warn(getTranslation("flag.gone"));
			}
		}
	}

}
