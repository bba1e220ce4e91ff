package se.samverkanskartan.survey.ui;

import java.time.Year;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

import se.samverkanskartan.network.Topic;
import se.samverkanskartan.survey.PartnerAnswer;
import se.samverkanskartan.survey.PartnerChoices;

/**
 * One partner in the network questions: "Stämmer detta fortfarande?" for a tie carried
 * forward, then the topics, how often, the form, since which year and a comment.
 */
class PartnerCard extends Div {

	private final PartnerAnswer original;

	private final RadioButtonGroup<String> still = new RadioButtonGroup<>();

	private final MultiSelectComboBox<Topic> topics = new MultiSelectComboBox<>();

	private final Select<String> frequency = new Select<>();

	private final Select<String> form = new Select<>();

	private final IntegerField since = new IntegerField();

	private final TextArea comment = new TextArea();

	private final Div details = new Div();

	private final Map<String, AbstractField<?, ?>> fields = new LinkedHashMap<>();

	PartnerCard(PartnerAnswer partner, String name, List<Topic> allTopics, Runnable onChange, Runnable onRemove) {
		this.original = partner;
		addClassName("partner-card");
		getElement().setAttribute("data-partner", (partner.partnerId() != null) ? partner.partnerId() : "");
		var heading = new H3(name);
		add(heading);
		if (partner.partnerId() == null) {
			var pending = new Div(getTranslation("respond.partner.pending"));
			pending.addClassName("partner-pending");
			add(pending);
		}
		if (partner.carried()) {
			this.still.setLabel(getTranslation("respond.partner.still"));
			this.still.setItems(PartnerChoices.STILL);
			this.still.setItemLabelGenerator(item -> getTranslation("respond.still." + item));
			this.still.setValue(partner.still());
			this.still.addClassName("partner-still");
			add(field("still", this.still, onChange));
		}
		this.topics.setLabel(getTranslation("respond.partner.topics"));
		this.topics.setItems(allTopics);
		this.topics.setItemLabelGenerator(topic -> topic.name(getLocale()));
		this.topics.setValue(new LinkedHashSet<>(
				allTopics.stream().filter(topic -> partner.topics().contains(topic.slug())).toList()));
		this.topics.setWidthFull();
		this.frequency.setLabel(getTranslation("respond.partner.frequency"));
		this.frequency.setItems(PartnerChoices.FREQUENCIES);
		this.frequency.setItemLabelGenerator(item -> (item == null) ? "" : getTranslation("respond.frequency." + item));
		this.frequency.setEmptySelectionCaption(getTranslation("respond.partner.not-said"));
		this.frequency.setEmptySelectionAllowed(true);
		this.frequency.setValue(partner.frequency());
		this.form.setLabel(getTranslation("respond.partner.form"));
		this.form.setItems(PartnerChoices.FORMS);
		this.form.setItemLabelGenerator(item -> (item == null) ? "" : getTranslation("respond.form." + item));
		this.form.setEmptySelectionCaption(getTranslation("respond.partner.not-said"));
		this.form.setEmptySelectionAllowed(true);
		this.form.setValue(partner.form());
		this.since.setLabel(getTranslation("respond.partner.since"));
		this.since.setMin(PartnerChoices.FIRST_YEAR);
		this.since.setMax(Year.now().getValue());
		this.since.setValue(partner.since());
		this.comment.setLabel(getTranslation("respond.partner.comment"));
		this.comment.setMaxLength(4000);
		this.comment.setValue(Objects.requireNonNullElse(partner.comment(), ""));
		this.comment.setWidthFull();
		var row = new Div(field("frequency", this.frequency, onChange), field("form", this.form, onChange),
				field("since", this.since, onChange));
		row.addClassName("partner-row");
		this.details.add(field("topics", this.topics, onChange), row, field("comment", this.comment, onChange));
		// An ended tie needs no more details: they are kept, but out of the way
		this.details.setVisible(!"upphort".equals(partner.still()));
		this.still.addValueChangeListener(event -> this.details.setVisible(!"upphort".equals(event.getValue())));
		add(this.details);
		if (!partner.carried()) {
			var remove = new Button(getTranslation("respond.partner.remove", name), click -> onRemove.run());
			remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
			remove.addClassName("partner-remove");
			add(remove);
		}
	}

	private <F extends AbstractField<?, ?>> F field(String name, F field, Runnable onChange) {
		field.getElement().setAttribute("data-field", name);
		field.addValueChangeListener(event -> {
			if (event.isFromClient()) {
				((HasValidation) field).setInvalid(false);
				onChange.run();
			}
		});
		this.fields.put(name, field);
		return field;
	}

	PartnerAnswer value() {
		return new PartnerAnswer(this.original.partnerId(), this.original.newName(),
				this.topics.getValue().stream().map(Topic::slug).toList(), this.frequency.getValue(),
				this.form.getValue(), this.since.getValue(),
				this.comment.getValue().isBlank() ? null : this.comment.getValue().strip(), this.original.carried(),
				this.original.carried() ? this.still.getValue() : null);
	}

	/** Shows a problem at one of its fields ({@code topics}, {@code since} …). */
	boolean showProblem(String name, String message) {
		AbstractField<?, ?> field = this.fields.get(name);
		if (field == null) {
			return false;
		}
		((HasValidation) field).setErrorMessage(message);
		((HasValidation) field).setInvalid(true);
		return true;
	}

	/** Whether "Stämmer detta fortfarande?" is still to be answered. */
	boolean unconfirmed() {
		return this.original.carried() && this.still.getValue() == null;
	}

}
