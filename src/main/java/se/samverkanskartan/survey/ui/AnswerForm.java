package se.samverkanskartan.survey.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.progressbar.ProgressBar;

import se.samverkanskartan.survey.Question;
import se.samverkanskartan.survey.Questionnaire;

/**
 * The questionnaire as fields: Ja / Nej / Vet ej where the form has boxes, free text
 * otherwise, each follow-up in free text; a progress bar counts the questions answered.
 */
class AnswerForm extends Div {

	private final Map<String, NativeField<?>> fields = new LinkedHashMap<>();

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
					add(field(question.id(), new NativeRadioGroup(label, List.of("ja", "nej", "vet-ej"),
							item -> getTranslation("respond.choice." + item)), onChange));
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

	private static NativeTextArea text(String label) {
		return new NativeTextArea(label, 4000);
	}

	private <F extends NativeField<?>> F field(String id, F field, Consumer<String> onChange) {
		field.getElement().setAttribute("data-question", id);
		field.addValueChangeListener(event -> {
			if (!this.showing) {
				field.setInvalid(false);
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
		NativeField<?> field = this.fields.get(id);
		if (field == null) {
			return false;
		}
		field.setErrorMessage(message);
		field.setInvalid(true);
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
