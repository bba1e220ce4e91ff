package se.samverkanskartan.survey.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import se.samverkanskartan.survey.Question;
import se.samverkanskartan.survey.Questionnaire;

/**
 * The questionnaire as fields: Ja / Nej / Vet ej where the form has boxes, free text
 * otherwise, each follow-up in free text; a progress bar counts the questions answered.
 */
class AnswerForm extends Div {

	private final Map<String, AbstractField<?, String>> fields = new LinkedHashMap<>();

	private final List<Question> questions;

	private final ProgressBar progress = new ProgressBar();

	private final Div progressText = new Div();

	/**
	 * Set while answers from the server are shown, so that showing them saves nothing.
	 */
	private boolean showing;

	AnswerForm(Questionnaire questionnaire, Consumer<String> onChange) {
		addClassName("answer-form");
		this.questions = questionnaire.questions();
		this.progress.setMin(0);
		this.progress.setMax(Math.max(1, this.questions.size()));
		this.progress.getElement().setAttribute("aria-labelledby", "answer-progress");
		this.progressText.setId("answer-progress");
		add(this.progressText, this.progress);
		int number = 1;
		for (Questionnaire.Part part : questionnaire.parts()) {
			add(new H2(part.title()));
			for (Question question : part.questions()) {
				String label = number++ + ". " + question.text();
				if (question.boxes()) {
					var choice = new RadioButtonGroup<String>(label);
					choice.setItems("ja", "nej", "vet-ej");
					choice.setItemLabelGenerator(item -> getTranslation("respond.choice." + item));
					add(field(question.id(), choice, onChange));
				}
				else {
					add(field(question.id(), text(label), onChange));
				}
				if (question.followUp() != null) {
					add(field(question.id() + ".followUp", text(question.followUp()), onChange));
				}
			}
		}
		updateProgress();
	}

	private static TextArea text(String label) {
		var area = new TextArea(label);
		area.setWidthFull();
		area.setMaxLength(4000);
		return area;
	}

	private <F extends AbstractField<?, String>> F field(String id, F field, Consumer<String> onChange) {
		field.getElement().setAttribute("data-question", id);
		field.addValueChangeListener(event -> {
			if (!this.showing) {
				((HasValidation) field).setInvalid(false);
				updateProgress();
				onChange.accept(id);
			}
		});
		this.fields.put(id, field);
		return field;
	}

	/** The answers given, by field; empty ones left out. */
	Map<String, String> values() {
		Map<String, String> values = new LinkedHashMap<>();
		this.fields.forEach((id, field) -> {
			String value = field.getValue();
			if (value != null && !value.isBlank()) {
				values.put(id, value);
			}
		});
		return values;
	}

	void show(Map<String, String> values) {
		this.showing = true;
		this.fields.forEach((id, field) -> field.setValue(values.getOrDefault(id, field.getEmptyValue())));
		this.showing = false;
		updateProgress();
	}

	/** Shows a problem at its field; false when the field is not in the form. */
	boolean showProblem(String id, String message) {
		AbstractField<?, String> field = this.fields.get(id);
		if (field == null) {
			return false;
		}
		((HasValidation) field).setErrorMessage(message);
		((HasValidation) field).setInvalid(true);
		return true;
	}

	private void updateProgress() {
		long answered = this.questions.stream().filter(question -> {
			String value = this.fields.get(question.id()).getValue();
			return value != null && !value.isBlank();
		}).count();
		this.progress.setValue(answered);
		this.progressText.setText(getTranslation("respond.progress", answered, this.questions.size()));
	}

}
