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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

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

	private final Select<String> confidence = new Select<>();

	private final DatePicker since = new DatePicker();

	private final DatePicker until = new DatePicker();

	private final TextField source = new TextField();

	private final TextField section = new TextField();

	private final TextArea quote = new TextArea();

	private final Paragraph conflict = new Paragraph();

	TieEditDialog(TieEditing editing, TieForm original, List<Topic> topics, List<GraphNode> partners,
			Runnable onSaved) {
		this.editing = editing;
		this.original = original;
		this.version = original.version();
		this.onSaved = onSaved;
		addClassName("tie-edit-dialog");
		setHeaderTitle(getTranslation((original.id() == null) ? "edit.new-title" : "edit.title"));
		this.to.setLabel(getTranslation("edit.field.toId"));
		this.to.setItems(partners);
		this.to.setItemLabelGenerator(GraphNode::name);
		this.to.setVisible(original.id() == null);
		this.topic.setLabel(getTranslation("edit.field.topic"));
		this.topic.setItems(topics);
		this.topic.setItemLabelGenerator(item -> item.name(getLocale()));
		topics.stream()
			.filter(item -> item.slug().equals(original.topic()))
			.findFirst()
			.ifPresent(this.topic::setValue);
		this.confidence.setLabel(getTranslation("edit.field.confidence"));
		this.confidence.setItems("explicit", "collective", "inferred", "accepted");
		this.confidence.setItemLabelGenerator(value -> getTranslation("confidence." + value));
		this.confidence.setValue((original.confidence() == null) ? "explicit" : original.confidence());
		this.since.setLabel(getTranslation("edit.field.since"));
		this.since.setValue(original.since());
		this.until.setLabel(getTranslation("edit.field.until"));
		this.until.setValue(original.until());
		this.source.setLabel(getTranslation("edit.field.source"));
		this.source.setValue((original.source() == null) ? "" : original.source());
		this.source.setMaxLength(200);
		this.section.setLabel(getTranslation("edit.field.section"));
		this.section.setValue((original.section() == null) ? "" : original.section());
		this.quote.setLabel(getTranslation("edit.field.quote"));
		this.quote.setValue((original.quote() == null) ? "" : original.quote());
		this.quote.setMaxLength(2000);
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
		if (original.id() != null) {
			var delete = new Button(getTranslation("edit.delete"), event -> delete());
			delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
			delete.addClassName("edit-delete");
			getFooter().add(delete);
		}
		getFooter().add(save);
		setWidth("44rem");
	}

	private TieForm form() {
		String toId = (this.original.id() == null && this.to.getValue() != null) ? this.to.getValue().id()
				: this.original.toId();
		return new TieForm(this.original.id(), this.original.fromId(), (toId == null) ? "" : toId,
				(this.topic.getValue() == null) ? "" : this.topic.getValue().slug(), this.since.getValue(),
				this.until.getValue(), this.confidence.getValue(), this.source.getValue(), this.section.getValue(),
				this.quote.getValue(), this.version);
	}

	private void save() {
		Map<String, HasValidation> fields = Map.of("toId", this.to, "topic", this.topic, "since", this.since, "until",
				this.until, "source", this.source, "quote", this.quote, "confidence", this.confidence);
		fields.values().forEach(field -> field.setInvalid(false));
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
