package se.samverkanskartan.survey.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import se.samverkanskartan.network.InvalidParameterException;
import se.samverkanskartan.survey.Question;
import se.samverkanskartan.survey.QuestionnaireChanges;
import se.samverkanskartan.survey.Questionnaire;
import se.samverkanskartan.survey.Round;

/**
 * A round's questions to reword, add, reorder and remove; once answers have arrived the
 * wording of the questions asked is read-only and they cannot be removed.
 */
class QuestionnaireEditor extends Div {

	private final QuestionnaireChanges changes;

	private final Runnable onSaved;

	private final List<PartRows> parts = new ArrayList<>();

	private final Div body = new Div();

	private final Paragraph state = new Paragraph();

	private Round round;

	private Set<String> frozen = Set.of();

	private int added;

	private boolean active;

	QuestionnaireEditor(QuestionnaireChanges changes, Runnable onSaved) {
		this.changes = changes;
		this.onSaved = onSaved;
		addClassName("questionnaire-editor");
		this.state.addClassName("questionnaire-state");
		this.state.getElement().setAttribute("aria-live", "polite");
		var save = new Button(getTranslation("questions.save"), click -> save());
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		save.addClassName("questions-save");
		add(this.body, save, this.state);
	}

	/** Whether it is open: closed, it holds no fields. */
	void setActive(boolean active) {
		this.active = active;
		show(this.round);
	}

	void show(Round round) {
		this.round = round;
		this.body.removeAll();
		this.parts.clear();
		this.state.setText("");
		if (round == null || !this.active) {
			return;
		}
		boolean answered = this.changes.answered(round.id());
		this.frozen = answered
				? round.questionnaire().questions().stream().map(Question::id).collect(Collectors.toSet()) : Set.of();
		if (answered) {
			this.body.add(new Paragraph(getTranslation("questions.frozen")));
		}
		round.questionnaire().parts().forEach(part -> {
			var rows = new PartRows(part.title());
			part.questions().forEach(rows::add);
			this.parts.add(rows);
			this.body.add(rows);
		});
	}

	private void save() {
		var questionnaire = new Questionnaire(this.parts.stream().map(PartRows::part).toList());
		try {
			this.changes.change(this.round.id(), questionnaire);
			// Shown anew from what was stored, then said
			this.onSaved.run();
			this.state.setText(getTranslation("questions.saved"));
		}
		catch (InvalidParameterException ex) {
			showProblem(ex.parameter(), ex.getMessage().contains("frozen"));
		}
	}

	/** At the field it names where there is one, else under the button. */
	private void showProblem(String parameter, boolean frozenWording) {
		String[] parts = parameter.split("\\.");
		if (parts.length == 3 && parts[0].equals("part") && parts[1].matches("\\d{1,3}")
				&& Integer.parseInt(parts[1]) < this.parts.size()) {
			invalid(this.parts.get(Integer.parseInt(parts[1])).title, "questions.problem.part");
			return;
		}
		if (parts.length == 3 && parts[0].equals("question")) {
			var row = this.parts.stream()
				.flatMap(part -> part.rows.stream())
				.filter(candidate -> candidate.id.equals(parts[1]))
				.findFirst();
			if (row.isPresent()) {
				if (parts[2].equals("followUp")) {
					invalid(row.get().followUp, "questions.problem.follow-up");
				}
				else {
					invalid(row.get().text, frozenWording ? "questions.problem.frozen" : "questions.problem.text");
				}
				return;
			}
		}
		this.state.setText(getTranslation("questions.problem." + switch (parts[0]) {
			case "questionnaire" -> "empty";
			case "question" -> "removed";
			default -> "other";
		}));
	}

	private void invalid(com.vaadin.flow.component.HasValidation field, String key) {
		field.setErrorMessage(getTranslation(key));
		field.setInvalid(true);
		this.state.setText(getTranslation("questions.not-saved"));
	}

	private String newId() {
		Set<String> taken = this.parts.stream()
			.flatMap(part -> part.rows.stream())
			.map(row -> row.id)
			.collect(Collectors.toSet());
		String id;
		do {
			id = "n" + (++this.added);
		}
		while (taken.contains(id));
		return id;
	}

	/** One part: its heading and its questions. */
	private final class PartRows extends Div {

		private final TextField title = new TextField();

		private final List<QuestionRow> rows = new ArrayList<>();

		private final Div list = new Div();

		PartRows(String heading) {
			addClassName("questionnaire-part");
			this.title.setLabel(getTranslation("questions.part"));
			this.title.setValue(heading);
			this.title.setWidthFull();
			var add = new Button(getTranslation("questions.add"), VaadinIcon.PLUS.create(),
					click -> add(new Question(newId(), "", false, null)));
			add.addClassName("question-add");
			add(this.title, this.list, add);
		}

		void add(Question question) {
			this.rows.add(new QuestionRow(question, QuestionnaireEditor.this.frozen.contains(question.id())));
			redraw();
		}

		void move(QuestionRow row, int step) {
			int from = this.rows.indexOf(row);
			int to = from + step;
			if (to >= 0 && to < this.rows.size()) {
				this.rows.remove(from);
				this.rows.add(to, row);
				redraw();
			}
		}

		void remove(QuestionRow row) {
			this.rows.remove(row);
			redraw();
		}

		private void redraw() {
			this.list.removeAll();
			this.rows.forEach(this.list::add);
		}

		Questionnaire.Part part() {
			return new Questionnaire.Part(this.title.getValue().strip(),
					this.rows.stream().map(QuestionRow::question).toList());
		}

		/** One question with its controls. */
		private final class QuestionRow extends Div {

			private final String id;

			private final TextArea text = new TextArea();

			private final TextField followUp = new TextField();

			private final Checkbox boxes = new Checkbox();

			QuestionRow(Question question, boolean frozen) {
				this.id = question.id();
				addClassName("question-row");
				getElement().setAttribute("data-question", question.id());
				this.text.setLabel(getTranslation("questions.text"));
				this.text.setValue(question.text());
				this.text.setWidthFull();
				this.followUp.setLabel(getTranslation("questions.follow-up"));
				this.followUp.setValue((question.followUp() == null) ? "" : question.followUp());
				this.followUp.setWidthFull();
				this.boxes.setLabel(getTranslation("questions.boxes"));
				this.boxes.setValue(question.boxes());
				this.text.setReadOnly(frozen);
				this.followUp.setReadOnly(frozen);
				this.boxes.setReadOnly(frozen);
				var up = button(VaadinIcon.ARROW_UP, "questions.up", () -> move(this, -1));
				var down = button(VaadinIcon.ARROW_DOWN, "questions.down", () -> move(this, 1));
				var remove = button(VaadinIcon.TRASH, "questions.remove", () -> remove(this));
				remove.addClassName("question-remove");
				remove.setEnabled(!frozen);
				var controls = new Div(this.boxes, up, down, remove);
				controls.addClassName("question-controls");
				add(this.text, this.followUp, controls);
			}

			private Button button(VaadinIcon icon, String label, Runnable action) {
				var button = new Button(icon.create(), click -> action.run());
				button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
				button.setAriaLabel(getTranslation(label));
				button.setTooltipText(getTranslation(label));
				return button;
			}

			Question question() {
				String follow = this.followUp.getValue().strip();
				return new Question(this.id, this.text.getValue().strip(), this.boxes.getValue(),
						follow.isEmpty() ? null : follow);
			}

		}

	}

}
