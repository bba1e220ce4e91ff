package se.samverkanskartan.survey.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import se.samverkanskartan.network.GraphNode;
import se.samverkanskartan.network.InvalidParameterException;
import se.samverkanskartan.network.NodeKind;
import se.samverkanskartan.survey.RoundDraft;
import se.samverkanskartan.survey.SurveyRounds;

/**
 * A new round: name, dates, introduction and the organisations asked (the county's 26
 * municipalities unless changed); the questionnaire is the report's interview form.
 * Problems show at their field.
 */
class RoundForm extends FormLayout {

	private final TextField name = new TextField();

	private final DatePicker opens = new DatePicker();

	private final DatePicker closes = new DatePicker();

	private final TextArea introduction = new TextArea();

	private final MultiSelectComboBox<GraphNode> organisations = new MultiSelectComboBox<>();

	RoundForm(SurveyRounds rounds, List<GraphNode> everyone, Consumer<String> created) {
		addClassName("round-form");
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
		this.name.setLabel(getTranslation("rounds.name"));
		this.name.setPlaceholder(getTranslation("rounds.name-example"));
		this.name.setMaxLength(RoundDraft.NAME_MAX);
		this.opens.setLabel(getTranslation("rounds.opens"));
		this.opens.setValue(today);
		this.closes.setLabel(getTranslation("rounds.closes"));
		this.closes.setValue(today.plusDays(30));
		this.introduction.setLabel(getTranslation("rounds.introduction"));
		this.organisations.setLabel(getTranslation("rounds.organisations"));
		this.organisations.setItems(everyone.stream().sorted(Comparator.comparing(GraphNode::name)).toList());
		this.organisations.setItemLabelGenerator(GraphNode::name);
		// The county's municipalities (kommunkod 01xx), as the report asked them
		this.organisations.setValue(everyone.stream()
			.filter(node -> node.kind() == NodeKind.MUNICIPALITY && node.id().startsWith("municipality:01"))
			.toList());
		this.organisations.addClassName("round-organisations");
		this.organisations.setClearButtonVisible(true);
		var create = new Button(getTranslation("rounds.create"), click -> {
			try {
				created.accept(rounds.create(new RoundDraft(this.name.getValue(), this.opens.getValue(),
						this.closes.getValue(), this.introduction.getValue(),
						this.organisations.getValue().stream().map(GraphNode::id).toList(), null)));
				this.name.clear();
			}
			catch (InvalidParameterException ex) {
				showProblem(ex);
			}
		});
		create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		create.addClassName("round-create");
		add(this.name, this.opens, this.closes, this.organisations, this.introduction, create);
		setColspan(this.organisations, 2);
		setColspan(this.introduction, 2);
	}

	private void showProblem(InvalidParameterException ex) {
		this.name.setInvalid(false);
		this.closes.setInvalid(false);
		this.organisations.setInvalid(false);
		for (String problem : ex.getMessage().split("; ")) {
			String field = problem.substring(0, Math.max(0, problem.indexOf(':')));
			String text = getTranslation("rounds.problem." + field.replace('/', '-'));
			switch (field) {
				case "name" -> invalid(this.name, text);
				case "closes", "opens/closes" -> invalid(this.closes, text);
				default -> invalid(this.organisations, text);
			}
		}
	}

	private static void invalid(com.vaadin.flow.component.HasValidation field, String message) {
		field.setErrorMessage(message);
		field.setInvalid(true);
	}

}
