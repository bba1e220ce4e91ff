package se.samverkanskartan.survey.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.RolesAllowed;

import se.samverkanskartan.network.GraphFilter;
import se.samverkanskartan.network.InvalidParameterException;
import se.samverkanskartan.network.NetworkService;
import se.samverkanskartan.shell.MainLayout;
import se.samverkanskartan.survey.Invitations;
import se.samverkanskartan.survey.MailTemplates;
import se.samverkanskartan.survey.QuestionnaireChanges;
import se.samverkanskartan.survey.Reminders;
import se.samverkanskartan.survey.RespondentLinks;
import se.samverkanskartan.survey.Round;
import se.samverkanskartan.survey.SurveyRounds;

/**
 * Survey rounds for editors (Kartläggning): create a round, add respondents to its
 * organisations and copy each new personal link (shown once), follow who has answered.
 */
@Route(value = "kartlaggning", layout = MainLayout.class)
@RolesAllowed({ "EDITOR", "ADMIN" })
public class RoundsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	private final SurveyRounds rounds;

	private final RespondentLinks links;

	private final Select<Round> round = new Select<>();

	private final RoundStatus status;

	private final QuestionnaireEditor questions;

	private final MailTemplateEditor mailTemplates;

	private final ComboBox<Round.Asked> organisation = new ComboBox<>();

	private final TextField name = new TextField();

	private final TextField email = new TextField();

	private final TextField role = new TextField();

	private final TextField issued = new TextField();

	private final Invitations invitations;

	private final Paragraph sent = new Paragraph();

	RoundsView(SurveyRounds rounds, RespondentLinks links, Invitations invitations, Reminders reminders,
			QuestionnaireChanges changes, MailTemplates templates, NetworkService network) {
		this.rounds = rounds;
		this.mailTemplates = new MailTemplateEditor(templates);
		this.questions = new QuestionnaireEditor(changes, () -> showRound(this.round.getValue().id()));
		this.status = new RoundStatus(links, reminders, invitations, RoundsView::base);
		this.links = links;
		this.invitations = invitations;
		this.sent.addClassName("invitation-state");
		this.sent.getElement().setAttribute("aria-live", "polite");
		addClassName("rounds-view");
		var create = new Details(getTranslation("rounds.new"));
		create.addClassName("round-new");
		// The form (every organisation to choose from) is made when first opened
		create.addOpenedChangeListener(event -> {
			if (event.isOpened() && create.getContent().findAny().isEmpty()) {
				create.add(new RoundForm(rounds, network.graph(GraphFilter.EVERYTHING).nodes(), this::showRound));
			}
		});
		this.round.setLabel(getTranslation("rounds.round"));
		this.round.setItemLabelGenerator(Round::name);
		this.round.addClassName("round-select");
		this.round.addValueChangeListener(event -> {
			showStatus();
			if (event.getValue() != null) {
				// The round shown stays in the address, to reload or share
				getUI().ifPresent(ui -> ui.getPage()
					.getHistory()
					.replaceState(null,
							new Location("kartlaggning", QueryParameters.of("omgang", event.getValue().id()))));
			}
		});
		add(new H1(getTranslation("rounds.title")), new Paragraph(getTranslation("rounds.intro")), create, this.round,
				this.status, new H2(getTranslation("rounds.add-respondent")), respondentForm(), this.sent, this.issued,
				questionsDetails(), templatesDetails());
		this.issued.setLabel(getTranslation("rounds.link"));
		this.issued.setHelperText(getTranslation("rounds.link-help"));
		this.issued.setReadOnly(true);
		this.issued.setWidthFull();
		this.issued.setVisible(false);
		this.issued.addClassName("issued-link");
	}

	/** The round in the address ({@code ?omgang=<id>}), else the latest. */
	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		showRound(event.getLocation().getQueryParameters().getSingleParameter("omgang").orElse(null));
	}

	private Details templatesDetails() {
		var details = new Details(getTranslation("mail-templates.title"), this.mailTemplates);
		details.addClassName("round-mail-templates");
		details.setWidthFull();
		details.addOpenedChangeListener(event -> this.mailTemplates.setActive(event.isOpened()));
		return details;
	}

	private Details questionsDetails() {
		var details = new Details(getTranslation("questions.title"), this.questions);
		// Its fields are made when it is opened: the page opens quicker
		details.addOpenedChangeListener(event -> this.questions.setActive(event.isOpened()));
		details.addClassName("round-questions");
		details.setWidthFull();
		return details;
	}

	private HorizontalLayout respondentForm() {
		this.organisation.setLabel(getTranslation("rounds.organisation"));
		this.organisation.setItemLabelGenerator(Round.Asked::name);
		this.organisation.addClassName("respondent-organisation");
		this.name.setLabel(getTranslation("rounds.respondent"));
		this.name.addClassName("respondent-name");
		this.email.setLabel(getTranslation("rounds.email"));
		this.email.addClassName("respondent-email");
		this.role.setLabel(getTranslation("rounds.role"));
		var add = new Button(getTranslation("rounds.invite"), click -> invite());
		add.addClassName("respondent-add");
		var form = new HorizontalLayout(this.organisation, this.name, this.email, this.role, add);
		form.setAlignItems(Alignment.BASELINE);
		form.setWrap(true);
		return form;
	}

	private void invite() {
		Round shown = this.round.getValue();
		if (shown == null || this.organisation.getValue() == null) {
			this.organisation.setErrorMessage(getTranslation("rounds.problem.organisation"));
			this.organisation.setInvalid(true);
			return;
		}
		try {
			String email = this.email.getValue().strip();
			var link = this.links.invite(shown.id(), this.organisation.getValue().id(), this.name.getValue(), email,
					this.role.getValue());
			this.issued.setValue(base() + link.path());
			this.issued.setVisible(true);
			this.sent.setText("");
			if (this.invitations.available()) {
				try {
					this.invitations.send(shown, this.organisation.getValue().name(), this.name.getValue().strip(),
							email, link, base());
					this.sent.setText(getTranslation("invitation.sent", email));
				}
				catch (org.springframework.mail.MailException ex) {
					this.sent.setText(getTranslation("invitation.failed", ex.getMostSpecificCause().getMessage()));
				}
			}
			this.name.clear();
			this.email.clear();
			this.role.clear();
			this.organisation.setInvalid(false);
			this.name.setInvalid(false);
			this.email.setInvalid(false);
			showStatus();
		}
		catch (InvalidParameterException ex) {
			var field = switch (ex.parameter()) {
				case "name" -> this.name;
				case "email" -> this.email;
				default -> this.role;
			};
			field.setErrorMessage(getTranslation("rounds.problem.respondent-" + ex.parameter()));
			field.setInvalid(true);
		}
	}

	/** The app's own address, for links that work from an e-mail. */
	private static String base() {
		var request = VaadinServletRequest.getCurrent().getHttpServletRequest();
		return request.getRequestURL().toString().replaceFirst("(https?://[^/]+).*", "$1") + request.getContextPath();
	}

	private void showRound(String id) {
		List<Round> all = this.rounds.all();
		this.round.setItems(all);
		this.round.setVisible(!all.isEmpty());
		all.stream()
			.filter(candidate -> candidate.id().equals(id))
			.findFirst()
			.or(() -> all.stream().findFirst())
			.ifPresent(this.round::setValue);
	}

	private void showStatus() {
		Round shown = this.round.getValue();
		this.organisation.setItems((shown == null) ? List.of() : shown.organisations());
		this.status.show(shown);
		this.questions.show(shown);
		this.mailTemplates.show(shown);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("rounds.title");
	}

}
