package se.samverkanskartan.explorer.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.BeanValidator;

import se.samverkanskartan.editing.ConcurrentChangeException;
import se.samverkanskartan.editing.TieEditing;
import se.samverkanskartan.editing.TieForm;
import se.samverkanskartan.network.GraphNode;
import se.samverkanskartan.network.InvalidParameterException;
import se.samverkanskartan.network.Topic;

/**
 * Edits a cooperation tie (or creates one from an organisation). Mistakes are shown at
 * the field; if someone else changed the tie meanwhile, their version is shown and the
 * user's input kept.
 */
class TieEditDialog extends Dialog {

	private final TieEditing editing;

	private final Runnable onSaved;

	private final TieForm original;

	private long version;

	private final ComboBox<GraphNode> to = new ComboBox<>();

	private final ComboBox<Topic> topic = new ComboBox<>();

	// Radio buttons: a required Select marks its button aria-required, which a button may
	// not carry
	private final RadioButtonGroup<String> confidence = new RadioButtonGroup<>();

	private final DatePicker since = new DatePicker();

	private final DatePicker until = new DatePicker();

	private final TextField source = new TextField();

	private final TextField section = new TextField();

	private final TextArea quote = new TextArea();

	private final Paragraph conflict = new Paragraph();

	private final Binder<TieForm> binder = new Binder<>();

	TieEditDialog(TieEditing editing, TieForm original, List<Topic> topics, List<GraphNode> partners,
			Runnable onSaved) {
		this.editing = editing;
		this.original = original;
		this.version = original.version();
		this.onSaved = onSaved;
		boolean periodOnly = original.id() != null && original.topic() == null;
		addClassName("tie-edit-dialog");
		setHeaderTitle(getTranslation(
				periodOnly ? "edit.period-title" : (original.id() == null) ? "edit.new-title" : "edit.title"));
		this.to.setLabel(getTranslation("edit.field.toId"));
		this.to.setItems(partners);
		this.to.setItemLabelGenerator(GraphNode::name);
		this.to.setVisible(original.id() == null);
		this.topic.setLabel(getTranslation("edit.field.topic"));
		this.topic.setItems(topics);
		this.topic.setItemLabelGenerator(item -> item.name(getLocale()));
		this.topic.setVisible(!periodOnly);
		this.confidence.setLabel(getTranslation("edit.field.confidence"));
		this.confidence.setItems("explicit", "collective", "inferred", "accepted");
		this.confidence.setItemLabelGenerator(value -> getTranslation("confidence." + value));
		this.confidence.setVisible(!periodOnly);
		this.since.setLabel(getTranslation("edit.field.since"));
		this.until.setLabel(getTranslation("edit.field.until"));
		this.source.setLabel(getTranslation("edit.field.source"));
		this.source.setMaxLength(200);
		this.section.setLabel(getTranslation("edit.field.section"));
		this.section.setMaxLength(200);
		this.quote.setLabel(getTranslation("edit.field.quote"));
		this.quote.setMaxLength(2000);
		bind(topics, periodOnly);
		this.binder.readBean(original);
		if (original.confidence() == null) {
			this.confidence.setValue("explicit");
		}
		this.conflict.addClassName("edit-conflict");
		this.conflict.setVisible(false);
		var form = new FormLayout(this.to, this.topic, this.confidence, this.since, this.until, this.source,
				this.section, this.quote);
		form.setColspan(this.quote, 2);
		add(this.conflict, form);
		var save = new Button(getTranslation("edit.save"), event -> save());
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		save.addClickShortcut(Key.ENTER).listenOn(this.source, this.section, this.topic);
		save.addClassName("edit-save");
		getFooter().add(new Button(getTranslation("dialog.cancel"), event -> close()));
		if (original.id() != null && !periodOnly) {
			var delete = new Button(getTranslation("edit.delete"), event -> delete());
			delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
			delete.addClassName("edit-delete");
			getFooter().add(delete);
		}
		getFooter().add(save);
		setWidth("44rem");
	}

	/**
	 * The form's rules in the browser session: Jakarta constraints of {@link TieForm} and
	 * the checks between fields; the service checks the same again.
	 */
	private void bind(List<Topic> topics, boolean periodOnly) {
		// The form is a record: the Binder reads and validates, save() builds the new
		// record;
		// the empty setters keep the fields editable
		if (this.original.id() == null) {
			this.binder.forField(this.to)
				.asRequired(getTranslation("edit.error.toId"))
				.bind(form -> null, (form, value) -> {
				});
		}
		if (!periodOnly) {
			this.binder.forField(this.topic)
				.asRequired(getTranslation("edit.error.topic"))
				.bind(form -> topics.stream().filter(item -> item.slug().equals(form.topic())).findFirst().orElse(null),
						(form, value) -> {
						});
			this.binder.forField(this.confidence)
				.asRequired(getTranslation("edit.error.confidence"))
				.bind(TieForm::confidence, (form, value) -> {
				});
		}
		this.binder.forField(this.since).bind(TieForm::since, (form, value) -> {
		});
		Binder.Binding<TieForm, java.time.LocalDate> untilBinding = this.binder.forField(this.until)
			.withValidator(day -> day == null || this.since.getValue() == null || !day.isBefore(this.since.getValue()),
					getTranslation("edit.error.until"))
			.bind(TieForm::until, (form, value) -> {
			});
		this.since.addValueChangeListener(event -> untilBinding.validate());
		this.binder.forField(this.source)
			.withNullRepresentation("")
			.withValidator(new BeanValidator(TieForm.class, "source"))
			.withValidator(text -> !text.isBlank(), getTranslation("edit.error.source"))
			.bind(TieForm::source, (form, value) -> {
			});
		this.binder.forField(this.section)
			.withNullRepresentation("")
			.withValidator(new BeanValidator(TieForm.class, "section"))
			.bind(TieForm::section, (form, value) -> {
			});
		this.binder.forField(this.quote)
			.withNullRepresentation("")
			.withValidator(new BeanValidator(TieForm.class, "quote"))
			.bind(TieForm::quote, (form, value) -> {
			});
	}

	private TieForm form() {
		String toId = (this.original.id() == null && this.to.getValue() != null) ? this.to.getValue().id()
				: this.original.toId();
		String slug = (this.original.id() != null && this.original.topic() == null) ? null
				: (this.topic.getValue() == null) ? "" : this.topic.getValue().slug();
		return new TieForm(this.original.id(), this.original.fromId(), (toId == null) ? "" : toId, slug,
				this.since.getValue(), this.until.getValue(), this.confidence.getValue(), this.source.getValue(),
				this.section.getValue(), this.quote.getValue(), this.original.frequency(),
				this.original.cooperationForm(), this.original.confirmedIn(), this.original.confirmedOn(),
				this.version);
	}

	private void save() {
		if (!this.binder.validate().isOk()) {
			return;
		}
		Map<String, HasValidation> fields = Map.of("toId", this.to, "topic", this.topic, "since", this.since, "until",
				this.until, "source", this.source, "section", this.section, "quote", this.quote, "confidence",
				this.confidence);
		try {
			if (this.original.id() == null) {
				this.editing.create(form());
			}
			else {
				this.editing.update(form());
			}
			close();
			this.onSaved.run();
		}
		catch (InvalidParameterException ex) {
			HasValidation field = fields.getOrDefault(ex.parameter(), this.source);
			field.setErrorMessage(getTranslation("edit.error." + ex.parameter()));
			field.setInvalid(true);
		}
		catch (ConcurrentChangeException ex) {
			showConflict(ex.current());
		}
	}

	private void delete() {
		try {
			this.editing.delete(this.original.id(), this.version);
			close();
			this.onSaved.run();
		}
		catch (ConcurrentChangeException ex) {
			showConflict(ex.current());
		}
	}

	/** Their version is shown; saving again writes the user's values over it. */
	private void showConflict(TieForm current) {
		if (current == null) {
			this.conflict.setText(getTranslation("edit.conflict-deleted"));
		}
		else {
			this.version = this.editing.load(current.id()).map(TieForm::version).orElse(current.version());
			var now = this.editing.load(current.id()).orElse(current);
			this.conflict.setText(getTranslation("edit.conflict", now.topic(), String.valueOf(now.source()),
					String.valueOf(now.since()), String.valueOf(now.until()), String.valueOf(now.quote())));
		}
		this.conflict.setVisible(true);
	}

}
