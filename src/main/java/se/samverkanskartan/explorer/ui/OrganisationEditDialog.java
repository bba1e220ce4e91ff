package se.samverkanskartan.explorer.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.BeanValidator;

import se.samverkanskartan.editing.OrganisationEditing;
import se.samverkanskartan.editing.OrganisationForm;
import se.samverkanskartan.network.GraphNode;
import se.samverkanskartan.network.InvalidParameterException;
import se.samverkanskartan.network.Names;
import se.samverkanskartan.network.NodeKind;

/**
 * Edits an organisation, deletes it (asking first when it has ties) or merges another
 * into it; or creates a new one. Mistakes are shown at the field.
 */
class OrganisationEditDialog extends Dialog {

	private final OrganisationEditing editing;

	private final Runnable onSaved;

	private final OrganisationForm original;

	private final Select<NodeKind> kind = new Select<>();

	private final TextField code = new TextField();

	private final TextField name = new TextField();

	private final TextField actorType = new TextField();

	private final TextField population = new TextField();

	private final TextField aliases = new TextField();

	private final DatePicker validFrom = new DatePicker();

	private final DatePicker validTo = new DatePicker();

	private final ComboBox<GraphNode> mergeWith = new ComboBox<>();

	private final Binder<OrganisationForm> binder = new Binder<>();

	/**
	 * @param original the organisation, or null for a new one
	 */
	OrganisationEditDialog(OrganisationEditing editing, OrganisationForm original, List<GraphNode> sameKind,
			Runnable onSaved) {
		this.editing = editing;
		this.original = original;
		this.onSaved = onSaved;
		addClassName("organisation-edit-dialog");
		setHeaderTitle(getTranslation((original == null) ? "org.new-title" : "org.title"));
		this.kind.setLabel(getTranslation("org.kind"));
		this.kind.setItems(NodeKind.values());
		this.kind.setItemLabelGenerator(item -> getTranslation("kind." + item.slug()));
		this.kind.setValue(NodeKind.ACTOR);
		this.code.setLabel(getTranslation("org.code"));
		this.code.setHelperText(getTranslation("org.code-help"));
		this.name.setLabel(getTranslation("org.name"));
		this.name.setMaxLength(120);
		this.actorType.setLabel(getTranslation("org.actor-type"));
		this.population.setLabel(getTranslation("org.population"));
		this.aliases.setLabel(getTranslation("org.aliases"));
		this.aliases.setHelperText(getTranslation("org.aliases-help"));
		this.validFrom.setLabel(getTranslation("org.valid-from"));
		this.validTo.setLabel(getTranslation("org.valid-to"));
		this.validTo.setHelperText(getTranslation("org.valid-help"));
		bind();
		var form = new FormLayout();
		if (original == null) {
			form.add(this.kind, this.code);
		}
		else {
			this.name.setValue(original.name());
			this.actorType.setValue((original.actorType() == null) ? "" : original.actorType());
			this.population.setValue((original.population() == null) ? "" : String.valueOf(original.population()));
			this.aliases.setValue(String.join("; ", original.aliases()));
			this.validFrom.setValue(original.validFrom());
			this.validTo.setValue(original.validTo());
		}
		form.add(this.name, this.actorType, this.population, this.aliases, this.validFrom, this.validTo);
		add(form);
		var save = new Button(getTranslation("edit.save"), event -> save());
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		save.addClassName("org-save");
		getFooter().add(new Button(getTranslation("dialog.cancel"), event -> close()));
		if (original != null) {
			this.mergeWith.setLabel(getTranslation("org.merge-with"));
			this.mergeWith.setItems(sameKind);
			this.mergeWith.setItemLabelGenerator(GraphNode::name);
			this.mergeWith.setHelperText(getTranslation("org.merge-help"));
			var merge = new Button(getTranslation("org.merge"), event -> merge());
			merge.addClassName("org-merge");
			add(this.mergeWith, merge);
			var delete = new Button(getTranslation("org.delete"), event -> delete());
			delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
			delete.addClassName("org-delete");
			getFooter().add(delete);
		}
		getFooter().add(save);
		setWidth("40rem");
	}

	/** Jakarta constraints of {@link OrganisationForm} and the checks between fields. */
	private void bind() {
		// The form is a record: the Binder reads and validates, save() builds the new
		// record;
		// the empty setters keep the fields editable
		this.binder.forField(this.name)
			.withValidator(new BeanValidator(OrganisationForm.class, "name"))
			.withValidator(text -> !text.isBlank(), getTranslation("org.error.name"))
			.bind(OrganisationForm::name, (form, value) -> {
			});
		this.binder.forField(this.actorType)
			.withValidator(new BeanValidator(OrganisationForm.class, "actorType"))
			.bind(OrganisationForm::actorType, (form, value) -> {
			});
		this.binder.forField(this.population)
			.withConverter(text -> text.isBlank() ? null : Long.valueOf(text.replaceAll("[\\s\u00a0]", "")),
					number -> (number == null) ? "" : String.valueOf(number), getTranslation("org.error.population"))
			.withValidator(new BeanValidator(OrganisationForm.class, "population"))
			.bind(OrganisationForm::population, (form, value) -> {
			});
		Binder.Binding<OrganisationForm, java.time.LocalDate> end = this.binder.forField(this.validTo)
			.withValidator(
					day -> day == null || this.validFrom.getValue() == null || !day.isBefore(this.validFrom.getValue()),
					getTranslation("org.error.validTo"))
			.bind(OrganisationForm::validTo, (form, value) -> {
			});
		this.validFrom.addValueChangeListener(event -> end.validate());
	}

	private void save() {
		Map<String, HasValidation> fields = Map.of("name", this.name, "population", this.population, "id", this.code,
				"version", this.name, "validTo", this.validTo, "actorType", this.actorType, "aliases", this.aliases);
		if (!this.binder.validate().isOk()) {
			return;
		}
		Long inhabitants = this.population.getValue().isBlank() ? null
				: Long.valueOf(this.population.getValue().replaceAll("[\\s\u00a0]", ""));
		List<String> names = Arrays.stream(this.aliases.getValue().split(";"))
			.map(String::strip)
			.filter(alias -> !alias.isEmpty())
			.toList();
		try {
			if (this.original == null) {
				String key = this.code.getValue().isBlank() ? Names.slug(this.name.getValue())
						: this.code.getValue().strip();
				this.editing.create(new OrganisationForm(this.kind.getValue().slug() + ":" + key, this.name.getValue(),
						blank(this.actorType.getValue()), inhabitants, names, this.validFrom.getValue(),
						this.validTo.getValue(), 0));
			}
			else {
				this.editing.update(new OrganisationForm(this.original.id(), this.name.getValue(),
						blank(this.actorType.getValue()), inhabitants, names, this.validFrom.getValue(),
						this.validTo.getValue(), this.original.version()));
			}
			close();
			this.onSaved.run();
		}
		catch (InvalidParameterException ex) {
			invalid(fields.getOrDefault(ex.parameter(), this.name), ex.parameter());
		}
	}

	private void invalid(HasValidation field, String parameter) {
		field.setErrorMessage(getTranslation("org.error." + parameter));
		field.setInvalid(true);
	}

	private void delete() {
		long ties = this.editing.ties(this.original.id());
		if (ties == 0) {
			this.editing.delete(this.original.id(), false);
			close();
			leave();
			return;
		}
		var confirm = new ConfirmDialog(getTranslation("org.delete-title"),
				getTranslation("org.delete-text", this.original.name(), ties), getTranslation("org.delete-with-ties"),
				event -> {
					this.editing.delete(this.original.id(), true);
					close();
					leave();
				});
		confirm.setCancelable(true);
		confirm.setCancelText(getTranslation("dialog.cancel"));
		confirm.setConfirmButtonTheme("error primary");
		confirm.open();
	}

	private void merge() {
		GraphNode other = this.mergeWith.getValue();
		if (other == null) {
			invalid(this.mergeWith, "mergedId");
			return;
		}
		var confirm = new ConfirmDialog(getTranslation("org.merge-title"),
				getTranslation("org.merge-text", other.name(), this.original.name()), getTranslation("org.merge"),
				event -> {
					this.editing.merge(this.original.id(), other.id());
					close();
					leave();
				});
		confirm.setCancelable(true);
		confirm.setCancelText(getTranslation("dialog.cancel"));
		confirm.open();
	}

	/**
	 * The organisation is gone: a fresh start page rather than a selection of nothing.
	 */
	private static void leave() {
		com.vaadin.flow.component.UI.getCurrent().getPage().setLocation("./");
	}

	private static String blank(String text) {
		return text.isBlank() ? null : text.strip();
	}

}
