package se.samverkanskartan.survey.ui;

import java.util.List;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.RolesAllowed;

import se.samverkanskartan.network.GraphFilter;
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

	private final Select<Round> round = new Select<>();

	private final RoundStatus status;

	private final QuestionnaireEditor questions;

	private final MailTemplateEditor mailTemplates;

	private final RespondentInvite invite;

	private final com.vaadin.flow.component.html.Anchor review = new com.vaadin.flow.component.html.Anchor("granskning",
			getTranslation("rounds.to-review"));

	private final com.vaadin.flow.component.html.Anchor results = new com.vaadin.flow.component.html.Anchor("resultat",
			getTranslation("rounds.to-results"));

	RoundsView(SurveyRounds rounds, RespondentLinks links, Invitations invitations, Reminders reminders,
			QuestionnaireChanges changes, MailTemplates templates, NetworkService network) {
		this.rounds = rounds;
		this.mailTemplates = new MailTemplateEditor(templates);
		this.questions = new QuestionnaireEditor(changes, () -> showRound(this.round.getValue().id()));
		this.status = new RoundStatus(links, reminders, invitations, RoundsView::base);
		this.invite = new RespondentInvite(links, invitations, RoundsView::base, this::showStatus);
		addClassName("rounds-view");
		var create = new Details(getTranslation("rounds.new"));
		create.addClassName("round-new");
		// The form (every organisation to choose from) is made when first opened
		create.addOpenedChangeListener(event -> {
			if (event.isOpened() && create.getContent().findAny().isEmpty()) {
				// Closed once the round is made: its status below shows it, and the
				// filled
				// form does not invite a second one
				create.add(new RoundForm(rounds, network.graph(GraphFilter.EVERYTHING).nodes(), id -> {
					create.setOpened(false);
					showRound(id);
				}));
			}
		});
		this.round.setLabel(getTranslation("rounds.round"));
		this.round.setItemLabelGenerator(Round::name);
		this.round.addClassName("round-select");
		this.round.addValueChangeListener(event -> {
			showStatus();
			if (event.getValue() != null) {
				// The round shown stays in the address, to reload or share
				// (on the first load once the view is attached)
				getElement().getNode()
					.runWhenAttached(ui -> ui.getPage()
						.getHistory()
						.replaceState(null,
								new Location("kartlaggning", QueryParameters.of("omgang", event.getValue().id()))));
			}
		});
		this.review.addClassName("round-review");
		this.results.addClassName("round-results");
		var next = new Paragraph(this.review, new com.vaadin.flow.component.html.Span(" · "), this.results);
		add(new H2(getTranslation("rounds.title")), new Paragraph(getTranslation("rounds.intro")), create, this.round,
				next, this.status, new H3(getTranslation("rounds.add-respondent")), this.invite, questionsDetails(),
				templatesDetails());
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

	/** The app's own address, for links that work from an e-mail. */
	static String base() {
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
		if (shown != null) {
			this.review.setHref("granskning?omgang=" + shown.id());
			this.results.setHref("resultat?omgang=" + shown.id());
		}
		this.invite.show(shown);
		this.status.show(shown);
		this.questions.show(shown);
		this.mailTemplates.show(shown);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("rounds.title");
	}

}
