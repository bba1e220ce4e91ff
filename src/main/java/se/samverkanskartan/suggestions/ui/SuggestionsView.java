package se.samverkanskartan.suggestions.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import se.samverkanskartan.accounts.CurrentUser;
import se.samverkanskartan.accounts.Role;
import se.samverkanskartan.network.GraphNode;
import se.samverkanskartan.network.InvalidParameterException;
import se.samverkanskartan.network.NetworkService;
import se.samverkanskartan.network.Topic;
import se.samverkanskartan.shell.MainLayout;
import se.samverkanskartan.suggestions.Suggestion;
import se.samverkanskartan.suggestions.SuggestionService;

/**
 * Pairs that do not cooperate yet, for the whole network or one organisation, with accept
 * (creates the tie) and dismiss (hides the pair).
 */
@Route(value = "forslag", layout = MainLayout.class)
@com.vaadin.flow.server.auth.AnonymousAllowed
public class SuggestionsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	static final int SHOWN = 25;

	private final SuggestionService suggestions;

	private final List<Topic> topics;

	private final ComboBox<GraphNode> organisation;

	private final ComboBox<Topic> topic;

	private final CurrentUser user;

	private final SuggestionGrid grid = new SuggestionGrid(true);

	private final Anchor inExplorer = new Anchor();

	SuggestionsView(SuggestionService suggestions, NetworkService network, CurrentUser user) {
		this.suggestions = suggestions;
		this.user = user;
		this.topics = network.topics();
		addClassName("page-body");
		setSizeFull();
		this.organisation = Pickers.organisation(network, getTranslation("suggestions.organisation"));
		this.organisation.setPlaceholder(getTranslation("suggestions.whole-network"));
		this.topic = Pickers.topic(network, getTranslation("analysis.topics"));
		this.organisation.addValueChangeListener(event -> changed(event.isFromClient()));
		this.topic.addValueChangeListener(event -> changed(event.isFromClient()));
		if (user.can(Role.EDITOR)) {
			this.grid.addActions(this::actions);
		}
		this.inExplorer.setText(getTranslation("suggestions.in-explorer"));
		var controls = new HorizontalLayout(this.organisation, this.topic, this.inExplorer);
		controls.setAlignItems(Alignment.BASELINE);
		controls.setWrap(true);
		add(new H2(getTranslation("suggestions.title")),
				new Paragraph(new com.vaadin.flow.component.html.Span(getTranslation("suggestions.intro") + " "),
						new se.samverkanskartan.shell.WordHelp("samband", "help.ask.suggestions")),
				controls, this.grid);
		setFlexGrow(1, this.grid);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Pickers.warnUnknown(this, Pickers.chooseFromQuery(event, this.organisation, this.topic));
		refresh();
	}

	/** A choice in the page goes into the address, which then draws the list. */
	private void changed(boolean fromClient) {
		if (fromClient) {
			Pickers.go(SuggestionsView.class, Pickers.toQuery(this.organisation, this.topic));
		}
	}

	private void refresh() {
		String from = (this.organisation.getValue() == null) ? null : this.organisation.getValue().id();
		String slug = (this.topic.getValue() == null) ? null : this.topic.getValue().slug();
		this.grid.setItems(this.suggestions.suggestions(from, slug, SHOWN, getLocale()));
		Map<String, List<String>> query = new LinkedHashMap<>();
		query.put("suggest", List.of("on"));
		if (from != null) {
			query.put("selected", List.of(from));
		}
		if (slug != null) {
			query.put("topic", List.of(slug));
		}
		this.inExplorer.setHref("./?" + new QueryParameters(query).getQueryString());
	}

	private Component actions(Suggestion suggestion) {
		String by = this.user.name().orElse("");
		var accept = new Button(getTranslation("suggestions.accept"), event -> new AcceptDialog(suggestion, this.topics,
				(chosen, slug) -> decide(() -> this.suggestions.accept(chosen, slug, by), "suggestions.accepted"))
			.open());
		accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
		accept.addClassName("accept");
		var dismiss = new Button(getTranslation("suggestions.dismiss"),
				event -> decide(() -> this.suggestions.dismiss(suggestion, by), "suggestions.dismissed"));
		dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
		dismiss.addClassName("dismiss");
		dismiss.setTooltipText(getTranslation("suggestions.dismiss-help"));
		return new HorizontalLayout(accept, dismiss);
	}

	private void decide(Runnable decision, String doneKey) {
		try {
			decision.run();
			Notification.show(getTranslation(doneKey), 4000, Notification.Position.BOTTOM_START)
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		}
		catch (InvalidParameterException ex) {
			Notification
				.show(getTranslation("suggestions.decision-failed", ex.getMessage()), 8000,
						Notification.Position.BOTTOM_START)
				.addThemeVariants(NotificationVariant.LUMO_ERROR);
		}
		refresh();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("suggestions.title") + " – " + getTranslation("app.title");
	}

}
