package se.samverkanskartan.survey.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import se.samverkanskartan.shell.PublicPage;
import se.samverkanskartan.shell.SiteFooter;
import se.samverkanskartan.network.InvalidParameterException;
import se.samverkanskartan.network.NetworkService;
import se.samverkanskartan.shell.LanguageSelect;
import se.samverkanskartan.network.Topic;
import se.samverkanskartan.survey.AnswerProblem;
import se.samverkanskartan.survey.FormAnswers;
import se.samverkanskartan.survey.RespondentAccess;
import se.samverkanskartan.survey.RespondentLinks;
import se.samverkanskartan.survey.Round;
import se.samverkanskartan.survey.SurveyAnswers;
import se.samverkanskartan.survey.RespondentForms;

/**
 * The form behind a personal link ({@code /svar/<token>}), without login: the round's
 * questions for the respondent's organisation, saved as a draft at every change, then
 * submitted with a receipt. The token decides the organisation; nothing the browser sends
 * can choose another.
 */
@Route(value = "svar", autoLayout = false)
@AnonymousAllowed
@PublicPage
public class RespondentView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final RespondentLinks links;

	private final SurveyAnswers answers;

	private final RespondentForms forms;

	private final NetworkService network;

	private RespondentAccess access;

	private AnswerForm form;

	private PartnerSection partners;

	private NeedsSection needs;

	private long version;

	private final Div saved = new Div();

	private final Paragraph receipt = new Paragraph();

	/**
	 * The form as the page's main content, between the language choice and the footer.
	 */
	private final Main main = new Main();

	RespondentView(RespondentLinks links, SurveyAnswers answers, RespondentForms forms, NetworkService network) {
		this.links = links;
		this.answers = answers;
		this.forms = forms;
		this.network = network;
		addClassName("respondent-view");
		setMaxWidth("48rem");
		getStyle().set("margin", "0 auto");
		this.saved.addClassName("save-state");
		this.saved.getElement().setAttribute("aria-live", "polite");
		this.receipt.addClassName("receipt");
		this.receipt.getElement().setAttribute("aria-live", "polite");
	}

	@Override
	public void setParameter(BeforeEvent event, String token) {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
		var opened = this.forms.open(token, today);
		if (opened.isEmpty()) {
			var closed = this.links.closedRound(token, today);
			if (closed.isPresent()) {
				this.main.add(new H1(closed.get().roundName()),
						new Paragraph(getTranslation("respond.closed", closed.get().closes().toString())));
				add(this.main, new SiteFooter(false));
				return;
			}
			event.rerouteToError(LinkNotValidException.class);
			return;
		}
		this.access = opened.get().access();
		Round round = opened.get().round();
		this.form = new AnswerForm(round.questionnaire(), field -> save());
		List<Topic> topics = this.network.topics()
			.stream()
			.sorted(Comparator.comparing(topic -> topic.name(getLocale())))
			.toList();
		this.partners = new PartnerSection(opened.get().candidates(), topics, this::save);
		this.needs = new NeedsSection(topics, this::save);
		var answered = opened.get().answers();
		show(answered);
		var submit = new Button(getTranslation("respond.submit"), click -> submit());
		submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		submit.addClassName("respond-submit");
		var language = new LanguageSelect();
		language.getStyle().set("align-self", "flex-end");
		add(new Header(language), this.main, new SiteFooter(false));
		this.main.add(new H1(round.name()), new Paragraph(getTranslation("respond.for", this.access.organisationName(),
				this.access.respondentName(), round.closes().toString())));
		if (!round.introduction().isBlank()) {
			this.main.add(new Paragraph(round.introduction()));
		}
		this.main.add(this.form, this.partners, this.needs, this.saved, submit, this.receipt);
		if (answered.submitted() != null) {
			this.receipt.setText(getTranslation("respond.receipt",
					TIME.format(answered.submitted().withZoneSameInstant(ZoneId.of("Europe/Stockholm"))),
					round.closes().toString()));
		}
	}

	private void show(FormAnswers answered) {
		this.version = answered.version();
		this.form.show(answered.values());
		this.partners.show(answered);
		this.needs.show(answered.values());
	}

	private void save() {
		Map<String, String> values = new LinkedHashMap<>(this.form.values());
		values.putAll(this.needs.values());
		try {
			this.version = this.answers.save(this.access, values, this.partners.values(), this.version);
			this.saved.setText(getTranslation("respond.saved"));
		}
		catch (AnswerProblem ex) {
			String message = getTranslation(ex.messageKey(), ex.arguments());
			if (!this.form.showProblem(ex.parameter(), message) && !this.needs.showProblem(ex.parameter(), message)
					&& !this.partners.showProblem(ex.parameter(), message)) {
				warn(message);
			}
			this.saved.setText(getTranslation("respond.not-saved"));
		}
		catch (InvalidParameterException ex) {
			if (!"version".equals(ex.parameter())) {
				throw ex;
			}
			// Someone of the same organisation saved in between: their answers are shown
			show(this.answers.read(this.access));
			warn(getTranslation("respond.conflict"));
		}
	}

	private void submit() {
		save();
		try {
			var submitted = this.answers.submit(this.access, this.version);
			this.receipt.setText(getTranslation("respond.receipt",
					TIME.format(submitted.withZoneSameInstant(ZoneId.of("Europe/Stockholm"))),
					this.access.closes().toString()));
		}
		catch (InvalidParameterException ex) {
			warn(getTranslation("respond.not-submitted"));
		}
	}

	private static void warn(String text) {
		Notification.show(text, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
	}

	@Override
	public String getPageTitle() {
		return (this.access == null) ? getTranslation("respond.invalid.title")
				: getTranslation("respond.title", this.access.organisationName());
	}

}
