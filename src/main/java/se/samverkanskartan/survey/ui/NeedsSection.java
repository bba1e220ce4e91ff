package se.samverkanskartan.survey.ui;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;

import se.samverkanskartan.network.Topic;
import se.samverkanskartan.survey.PartnerChoices;

/**
 * The needs ("Inom vilka teman vill ni utveckla samverkan, och gärna med vilka?") and the
 * obstacles (the report's categories to tick, and free text).
 */
class NeedsSection extends Div {

	private final MultiSelectComboBox<Topic> needTopics = new MultiSelectComboBox<>();

	private final TextArea needText = new TextArea();

	private final CheckboxGroup<String> obstacles = new CheckboxGroup<>();

	private final TextArea obstacleText = new TextArea();

	private final List<Topic> topics;

	private final Map<String, AbstractField<?, ?>> fields = new LinkedHashMap<>();

	NeedsSection(List<Topic> topics, Runnable onChange) {
		this.topics = topics;
		addClassName("needs-section");
		this.needTopics.setLabel(getTranslation("respond.needs.topics"));
		this.needTopics.setItems(topics);
		this.needTopics.setItemLabelGenerator(topic -> topic.name(getLocale()));
		this.needTopics.setWidthFull();
		this.needText.setLabel(getTranslation("respond.needs.text"));
		this.obstacles.setLabel(getTranslation("respond.obstacles.chosen"));
		this.obstacles.setItems(PartnerChoices.OBSTACLES);
		this.obstacles.setItemLabelGenerator(item -> getTranslation("respond.obstacle." + item));
		this.obstacles.addClassName("obstacles");
		this.obstacleText.setLabel(getTranslation("respond.obstacles.text"));
		for (TextArea area : List.of(this.needText, this.obstacleText)) {
			area.setWidthFull();
			area.setMaxLength(4000);
		}
		add(new H2(getTranslation("respond.needs.title")),
				field(PartnerChoices.NEEDS_TOPICS, this.needTopics, onChange),
				field(PartnerChoices.NEEDS_TEXT, this.needText, onChange),
				field(PartnerChoices.OBSTACLES_CHOSEN, this.obstacles, onChange),
				field(PartnerChoices.OBSTACLES_TEXT, this.obstacleText, onChange));
	}

	private <F extends AbstractField<?, ?>> F field(String id, F field, Runnable onChange) {
		field.getElement().setAttribute("data-question", id);
		field.addValueChangeListener(event -> {
			if (event.isFromClient()) {
				((HasValidation) field).setInvalid(false);
				onChange.run();
			}
		});
		this.fields.put(id, field);
		return field;
	}

	/** Its answers as values of the form; empty ones left out. */
	Map<String, String> values() {
		Map<String, String> values = new LinkedHashMap<>();
		put(values, PartnerChoices.NEEDS_TOPICS,
				this.needTopics.getValue().stream().map(Topic::slug).collect(Collectors.joining(",")));
		put(values, PartnerChoices.NEEDS_TEXT, this.needText.getValue());
		put(values, PartnerChoices.OBSTACLES_CHOSEN,
				PartnerChoices.OBSTACLES.stream()
					.filter(this.obstacles.getValue()::contains)
					.collect(Collectors.joining(",")));
		put(values, PartnerChoices.OBSTACLES_TEXT, this.obstacleText.getValue());
		return values;
	}

	void show(Map<String, String> values) {
		List<String> needed = split(values.get(PartnerChoices.NEEDS_TOPICS));
		this.needTopics.setValue(
				new LinkedHashSet<>(this.topics.stream().filter(topic -> needed.contains(topic.slug())).toList()));
		this.needText.setValue(values.getOrDefault(PartnerChoices.NEEDS_TEXT, ""));
		List<String> chosen = split(values.get(PartnerChoices.OBSTACLES_CHOSEN));
		this.obstacles
			.setValue(new LinkedHashSet<>(PartnerChoices.OBSTACLES.stream().filter(chosen::contains).toList()));
		this.obstacleText.setValue(values.getOrDefault(PartnerChoices.OBSTACLES_TEXT, ""));
	}

	boolean showProblem(String id, String message) {
		AbstractField<?, ?> field = this.fields.get(id);
		if (field == null) {
			return false;
		}
		((HasValidation) field).setErrorMessage(message);
		((HasValidation) field).setInvalid(true);
		return true;
	}

	private static void put(Map<String, String> values, String id, String value) {
		if (value != null && !value.isBlank()) {
			values.put(id, value.strip());
		}
	}

	private static List<String> split(String text) {
		return (text == null || text.isBlank()) ? List.of() : List.of(text.split(","));
	}

}
