package se.samverkanskartan.editing.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.BeanValidator;

import se.samverkanskartan.editing.TopicEditing;
import se.samverkanskartan.editing.TopicForm;
import se.samverkanskartan.network.InvalidParameterException;

/** Creates or edits a topic; mistakes are shown at the field. */
class TopicDialog extends Dialog {

	private final TopicEditing editing;

	private final TopicForm original;

	private final Runnable onSaved;

	private final TextField slug = new TextField();

	private final TextField nameSv = new TextField();

	private final TextField nameEn = new TextField();

	private final TextField color = new TextField();

	private final Binder<TopicForm> binder = new Binder<>();

	/**
	 * @param original the topic, or null for a new one
	 */
	TopicDialog(TopicEditing editing, TopicForm original, Runnable onSaved) {
		this.editing = editing;
		this.original = original;
		this.onSaved = onSaved;
		addClassName("topic-dialog");
		setHeaderTitle(getTranslation((original == null) ? "topics.new-title" : "topics.edit-title"));
		this.slug.setLabel(getTranslation("topics.slug"));
		this.slug.setHelperText(getTranslation("topics.slug-help"));
		this.slug.setVisible(original == null);
		this.nameSv.setLabel(getTranslation("topics.name-sv"));
		this.nameEn.setLabel(getTranslation("topics.name-en"));
		this.color.setLabel(getTranslation("topics.color"));
		this.color.setPlaceholder("#1e40af");
		bind("slug", this.slug, TopicForm::slug);
		bind("nameSv", this.nameSv, TopicForm::nameSv);
		bind("nameEn", this.nameEn, TopicForm::nameEn);
		bind("color", this.color, TopicForm::color);
		this.binder.readBean((original != null) ? original : new TopicForm("", "", "", "#64748b", 0));
		add(new FormLayout(this.slug, this.nameSv, this.nameEn, this.color));
		var save = new Button(getTranslation("edit.save"), event -> save());
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		save.addClickShortcut(Key.ENTER);
		save.addClassName("topic-save");
		getFooter().add(new Button(getTranslation("dialog.cancel"), event -> close()), save);
		setWidth("36rem");
	}

	private void bind(String property, TextField field,
			com.vaadin.flow.function.ValueProvider<TopicForm, String> getter) {
		// The form is a record: the Binder reads and validates, save() builds the new
		// record;
		// the empty setters keep the fields editable
		field.setMaxLength("color".equals(property) ? 7 : 120);
		this.binder.forField(field)
			.withNullRepresentation("")
			.withValidator(new BeanValidator(TopicForm.class, property))
			.withValidator(text -> "slug".equals(property) || !text.isBlank(),
					getTranslation("topics.error." + property))
			.bind(getter, (form, value) -> {
			});
	}

	private void save() {
		if (!this.binder.validate().isOk()) {
			return;
		}
		Map<String, HasValidation> fields = Map.of("slug", this.slug, "nameSv", this.nameSv, "nameEn", this.nameEn,
				"color", this.color, "version", this.nameSv);
		try {
			if (this.original == null) {
				this.editing.create(new TopicForm(this.slug.getValue(), this.nameSv.getValue(), this.nameEn.getValue(),
						this.color.getValue().strip(), 0));
			}
			else {
				this.editing.update(new TopicForm(this.original.slug(), this.nameSv.getValue(), this.nameEn.getValue(),
						this.color.getValue().strip(), this.original.version()));
			}
			close();
			this.onSaved.run();
		}
		catch (InvalidParameterException ex) {
			HasValidation field = fields.getOrDefault(ex.parameter(), this.nameSv);
			field.setErrorMessage(getTranslation("topics.error." + ex.parameter()));
			field.setInvalid(true);
		}
	}

}
