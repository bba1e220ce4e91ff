package se.samverkanskartan.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import se.samverkanskartan.network.InvalidParameterException;
import se.samverkanskartan.survey.MailTemplates;
import se.samverkanskartan.survey.Round;

/**
 * The round's invitation and reminder texts to edit, with the places filled in as each
 * mail goes; made when opened.
 */
class MailTemplateEditor extends Div {

	private final MailTemplates templates;

	private Round round;

	private boolean active;

	MailTemplateEditor(MailTemplates templates) {
		this.templates = templates;
		addClassName("mail-templates");
	}

	void setActive(boolean active) {
		this.active = active;
		show(this.round);
	}

	void show(Round round) {
		this.round = round;
		removeAll();
		if (round == null || !this.active) {
			return;
		}
		add(new Paragraph(getTranslation("mail-templates.places", String.join(" ", MailTemplates.PLACES))));
		for (MailTemplates.Kind kind : MailTemplates.Kind.values()) {
			add(editor(kind, this.templates.template(round.id(), kind)));
		}
	}

	private Div editor(MailTemplates.Kind kind, MailTemplates.Template template) {
		var subject = new TextField(getTranslation("mail-templates.subject"));
		subject.setValue(template.subject());
		subject.setWidthFull();
		subject.setMaxLength(200);
		var body = new TextArea(getTranslation("mail-templates.body"));
		body.setValue(template.body());
		body.setWidthFull();
		body.setMaxLength(5000);
		body.setMinHeight("12rem");
		var state = new Paragraph();
		state.getElement().setAttribute("aria-live", "polite");
		state.addClassName("mail-template-state");
		var save = new Button(getTranslation("mail-templates.save." + kind.word()), click -> {
			subject.setInvalid(false);
			body.setInvalid(false);
			try {
				this.templates.save(this.round.id(), kind, subject.getValue(), body.getValue());
				state.setText(getTranslation("mail-templates.saved"));
			}
			catch (InvalidParameterException ex) {
				var field = "subject".equals(ex.parameter()) ? subject : body;
				field.setErrorMessage(getTranslation("mail-templates.problem." + ex.parameter()));
				field.setInvalid(true);
				state.setText("");
			}
		});
		save.addClassName("mail-template-save");
		var editor = new Div(new H3(getTranslation("mail-templates." + kind.word())), subject, body, save, state);
		editor.addClassName("mail-template");
		editor.getElement().setAttribute("data-kind", kind.word());
		return editor;
	}

}
