package se.samverkanskartan.review.ui;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import se.samverkanskartan.network.NetworkService;
import se.samverkanskartan.network.Topic;
import se.samverkanskartan.review.Confirmation;
import se.samverkanskartan.review.Confirmations;
import se.samverkanskartan.review.Flags;
import se.samverkanskartan.review.OrganisationReview;
import se.samverkanskartan.review.Proposal;
import se.samverkanskartan.review.ProposalKind;
import se.samverkanskartan.review.ReviewQueue;
import se.samverkanskartan.review.ReviewRefusedException;
import se.samverkanskartan.shell.MainLayout;
import se.samverkanskartan.survey.Round;
import se.samverkanskartan.survey.SurveyRounds;

/**
 * Review (Granskning) for editors: a round's submitted answers as proposed changes per
 * organisation, each accepted or rejected, the pairs whose two sides disagree listed
 * first. The round is in the address ({@code ?omgang=}).
 */
@Route(value = "granskning", layout = MainLayout.class)
@RolesAllowed({ "EDITOR", "ADMIN" })
public class ReviewView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	private final SurveyRounds rounds;

	private final ReviewQueue queue;

	private final Map<String, String> topicNames;

	private final Select<Round> round = new Select<>();

	private final Paragraph summary = new Paragraph();

	private final Div contradictions = new Div();

	/** What the round's accepted answers changed, with the explorer's comparison. */
	private final Div network = new Div();

	private final Div organisations = new Div();

	private final FlagList flags;

	ReviewView(SurveyRounds rounds, ReviewQueue queue, Flags flags, NetworkService network) {
		this.rounds = rounds;
		this.queue = queue;
		this.flags = new FlagList(flags, this::decide);
		this.topicNames = network.topics()
			.stream()
			.collect(Collectors.toMap(Topic::slug, topic -> topic.name(getLocale())));
		addClassName("review-view");
		this.round.setLabel(getTranslation("rounds.round"));
		this.round.setItemLabelGenerator(Round::name);
		this.round.addClassName("review-round");
		this.round.setWidth("min(28rem, 100%)");
		this.round.addValueChangeListener(event -> {
			show();
			if (event.getValue() != null) {
				getElement().getNode()
					.runWhenAttached(ui -> ui.getPage()
						.getHistory()
						.replaceState(null,
								new Location("granskning", QueryParameters.of("omgang", event.getValue().id()))));
			}
		});
		this.summary.addClassName("review-summary");
		this.contradictions.addClassName("review-contradictions");
		this.organisations.addClassName("review-organisations");
		this.organisations.setWidthFull();
		add(new H2(getTranslation("review.title")), new Paragraph(getTranslation("review.intro")), this.flags,
				this.round, this.summary, this.network, this.contradictions, this.organisations);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String wanted = event.getLocation().getQueryParameters().getSingleParameter("omgang").orElse(null);
		this.flags.show();
		List<Round> all = this.rounds.all();
		this.round.setItems(all);
		if (all.isEmpty()) {
			this.summary.setText(getTranslation("review.no-rounds"));
			return;
		}
		this.round.setValue(all.stream().filter(r -> r.id().equals(wanted)).findFirst().orElse(all.getFirst()));
	}

	private void show() {
		this.organisations.removeAll();
		this.contradictions.removeAll();
		Round shown = this.round.getValue();
		if (shown == null) {
			return;
		}
		List<OrganisationReview> reviews = this.queue.of(shown.id());
		Confirmations confirmations = this.queue.confirmations(shown.id());
		long open = reviews.stream().mapToLong(OrganisationReview::open).sum();
		this.summary.setText(getTranslation("review.summary", reviews.size(), shown.organisations().size(), open));
		this.network.removeAll();
		this.network.add(network(shown));
		var names = shown.organisations()
			.stream()
			.collect(Collectors.toMap(Round.Asked::id, Round.Asked::name, (a, b) -> a));
		var contradicted = confirmations.pairs()
			.entrySet()
			.stream()
			.filter(entry -> entry.getValue() == Confirmation.CONTRADICTORY)
			.map(entry -> java.util.Arrays.stream(entry.getKey().split("\\|"))
				.map(id -> names.getOrDefault(id, id))
				.collect(Collectors.joining(" – ")))
			.toList();
		if (!contradicted.isEmpty()) {
			this.contradictions
				.add(new Paragraph(getTranslation("review.contradictions", String.join("; ", contradicted))));
		}
		for (OrganisationReview review : reviews) {
			this.organisations.add(new OrganisationReviewCard(review, this.topicNames, confirmations,
					this.queue::matches, new ProposalRow.Decider() {
						@Override
						public void accept(Proposal proposal, String mergeInto) {
							decide(() -> ReviewView.this.queue.accept(shown.id(), proposal.key(), mergeInto));
						}

						@Override
						public void reject(Proposal proposal) {
							decide(() -> ReviewView.this.queue.reject(shown.id(), proposal.key()));
						}
					}, () -> decide(() -> this.queue.acceptAll(shown.id(), review.organisationId()) >= 0)));
		}
	}

	/**
	 * What the round's accepted answers changed in the network, and the explorer
	 * comparing the day before the round with today.
	 */
	private Paragraph network(Round shown) {
		var accepted = this.queue.accepted(shown.id());
		long added = accepted.getOrDefault(ProposalKind.NEW_TIE, 0L) + accepted.getOrDefault(ProposalKind.NEW_TOPIC, 0L)
				+ accepted.getOrDefault(ProposalKind.NEW_ORGANISATION, 0L);
		var text = new Paragraph(getTranslation("review.network", added, accepted.getOrDefault(ProposalKind.ENDED, 0L),
				accepted.getOrDefault(ProposalKind.CONFIRMED, 0L), accepted.getOrDefault(ProposalKind.NEED, 0L)));
		text.addClassName("review-network");
		var compare = new com.vaadin.flow.component.html.Anchor("/?" + QueryParameters
			.simple(Map.of("asOf", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")).toString(),
					"compare", shown.opens().minusDays(1).toString()))
			.getQueryString(), getTranslation("results.network"));
		text.add(new com.vaadin.flow.component.html.Span(" "), compare);
		return text;
	}

	/** Runs a decision and shows the queue anew; a refusal is told in words. */
	private void decide(java.util.function.BooleanSupplier decision) {
		try {
			if (!decision.getAsBoolean()) {
				Notification.show(getTranslation("review.decided-before"), 5000, Notification.Position.MIDDLE);
			}
		}
		catch (ReviewRefusedException ex) {
			Notification.show(getTranslation("review.refused." + ex.reason()), 8000, Notification.Position.MIDDLE)
				.addThemeVariants(NotificationVariant.LUMO_ERROR);
		}
		this.flags.show();
		show();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("review.title");
	}

}
