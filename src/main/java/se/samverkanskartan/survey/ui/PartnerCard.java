package se.samverkanskartan.survey.ui;

import java.time.Year;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

import se.samverkanskartan.network.Topic;
import se.samverkanskartan.survey.PartnerAnswer;
import se.samverkanskartan.survey.PartnerChoices;

/**
 * One partner in the network questions: "Stämmer detta fortfarande?" for a tie carried
 * forward, then the topics, how often, the form, since which year and a comment. A tie
 * carried forward shows its details as a line until the respondent changes them, so that
 * a form of a hundred ties opens quickly and confirms with one click each.
 */
class PartnerCard extends Div {

	private final PartnerAnswer original;

	private final List<Topic> allTopics;

	private final Runnable onChange;

	private NativeRadioGroup still;

	private final Div summary = new Div();

	private final Button edit = new Button();

	private final Div details = new Div();

	private final Map<String, AbstractField<?, ?>> fields = new LinkedHashMap<>();

	private MultiSelectComboBox<Topic> topics;

	private Select<String> frequency;

	private Select<String> form;

	private IntegerField since;

	private TextArea comment;

	PartnerCard(PartnerAnswer partner, String name, List<Topic> allTopics, Runnable onChange, Runnable onRemove) {
		this.original = partner;
		this.allTopics = allTopics;
		this.onChange = onChange;
		addClassName("partner-card");
		getElement().setAttribute("data-partner", (partner.partnerId() != null) ? partner.partnerId() : "");
		add(new H3(name));
		if (partner.partnerId() == null) {
			var pending = new Div(getTranslation("respond.partner.pending"));
			pending.addClassName("partner-pending");
			add(pending);
		}
		if (partner.carried()) {
			this.still = new NativeRadioGroup(getTranslation("respond.partner.still"), PartnerChoices.STILL,
					item -> getTranslation("respond.still." + item));
			this.still.setValue(partner.still());
			this.still.addClassName("partner-still");
			add(field("still", this.still));
			this.still.addValueChangeListener(event -> {
				if ("andrat".equals(event.getValue())) {
					showDetails();
				}
				this.details.setVisible(!"upphort".equals(event.getValue()));
			});
		}
		this.summary.addClassName("partner-summary");
		this.summary.setText(summaryText());
		this.edit.setText(getTranslation("respond.partner.edit"));
		this.edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
		this.edit.addClassName("partner-edit");
		this.edit.addClickListener(click -> showDetails());
		this.details.add(this.summary, this.edit);
		// An ended tie needs no more details: they are kept, but out of the way
		this.details.setVisible(!"upphort".equals(partner.still()));
		add(this.details);
		if ("andrat".equals(partner.still())) {
			showDetails();
		}
		if (!partner.carried()) {
			showDetails();
			var remove = new Button(getTranslation("respond.partner.remove", name), click -> onRemove.run());
			remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
			remove.addClassName("partner-remove");
			add(remove);
		}
	}

	/** Topics, how often, form and year in one line, as given so far. */
	private String summaryText() {
		String topicNames = this.allTopics.stream()
			.filter(topic -> this.original.topics().contains(topic.slug()))
			.map(topic -> topic.name(getLocale()))
			.collect(Collectors.joining(", "));
		return java.util.stream.Stream
			.of(topicNames,
					(this.original.frequency() == null) ? ""
							: getTranslation("respond.frequency." + this.original.frequency()),
					(this.original.form() == null) ? "" : getTranslation("respond.form." + this.original.form()),
					(this.original.since() == null) ? ""
							: getTranslation("respond.partner.since-year", String.valueOf(this.original.since())))
			.filter(text -> !text.isEmpty())
			.collect(Collectors.joining(" · "));
	}

	/** The fields themselves, made when first needed. */
	private void showDetails() {
		if (this.topics != null) {
			return;
		}
		this.topics = new MultiSelectComboBox<>(getTranslation("respond.partner.topics"));
		this.topics.setItems(this.allTopics);
		this.topics.setItemLabelGenerator(topic -> topic.name(getLocale()));
		this.topics.setValue(new LinkedHashSet<>(
				this.allTopics.stream().filter(topic -> this.original.topics().contains(topic.slug())).toList()));
		this.topics.setWidthFull();
		this.frequency = choice("respond.partner.frequency", PartnerChoices.FREQUENCIES, "respond.frequency.",
				this.original.frequency());
		this.form = choice("respond.partner.form", PartnerChoices.FORMS, "respond.form.", this.original.form());
		this.since = new IntegerField(getTranslation("respond.partner.since"));
		this.since.setMin(PartnerChoices.FIRST_YEAR);
		this.since.setMax(Year.now().getValue());
		this.since.setValue(this.original.since());
		this.comment = new TextArea(getTranslation("respond.partner.comment"));
		this.comment.setMaxLength(4000);
		this.comment.setValue(Objects.requireNonNullElse(this.original.comment(), ""));
		this.comment.setWidthFull();
		var row = new Div(field("frequency", this.frequency), field("form", this.form), field("since", this.since));
		row.addClassName("partner-row");
		this.details.removeAll();
		this.details.add(field("topics", this.topics), row, field("comment", this.comment));
	}

	private Select<String> choice(String label, List<String> items, String itemKey, String value) {
		var select = new Select<String>();
		select.setLabel(getTranslation(label));
		select.setItems(items);
		select.setItemLabelGenerator(item -> (item == null) ? "" : getTranslation(itemKey + item));
		select.setEmptySelectionAllowed(true);
		select.setEmptySelectionCaption(getTranslation("respond.partner.not-said"));
		select.setValue(value);
		return select;
	}

	private <F extends AbstractField<?, ?>> F field(String name, F field) {
		field.getElement().setAttribute("data-field", name);
		field.addValueChangeListener(event -> {
			if (event.isFromClient()) {
				((HasValidation) field).setInvalid(false);
				this.onChange.run();
			}
		});
		this.fields.put(name, field);
		return field;
	}

	PartnerAnswer value() {
		String still = this.original.carried() ? this.still.getValue() : null;
		if (this.topics == null) {
			return this.original.withStill(still);
		}
		return new PartnerAnswer(this.original.partnerId(), this.original.newName(),
				this.topics.getValue().stream().map(Topic::slug).toList(), this.frequency.getValue(),
				this.form.getValue(), this.since.getValue(),
				this.comment.getValue().isBlank() ? null : this.comment.getValue().strip(), this.original.carried(),
				still);
	}

	/** Shows a problem at one of its fields ({@code topics}, {@code since} …). */
	boolean showProblem(String name, String message) {
		if (!"still".equals(name)) {
			showDetails();
			this.details.setVisible(true);
		}
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
