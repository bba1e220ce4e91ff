package se.samverkanskartan.editing.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import se.samverkanskartan.accounts.CurrentUser;
import se.samverkanskartan.accounts.Role;
import se.samverkanskartan.editing.Change;
import se.samverkanskartan.editing.History;
import se.samverkanskartan.editing.RevertRefusedException;
import se.samverkanskartan.network.InvalidParameterException;
import se.samverkanskartan.network.NetworkService;
import se.samverkanskartan.network.NodeId;
import se.samverkanskartan.shell.MainLayout;

/**
 * Recorded changes, newest first, with what they changed and a revert for editors: all of
 * them, or with {@code ?organisation=} one organisation's and its ties', or with
 * {@code ?subject=} one tie's or topic's.
 */
@Route(value = "historik", layout = MainLayout.class)
@AnonymousAllowed
public class HistoryView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	static final int SHOWN = 200;

	private final History history;

	private final Grid<Change> grid = new Grid<>();

	private final H2 title = new H2();

	private final Anchor showAll = new Anchor("historik", "");

	private String organisation;

	private String subject;

	private final NetworkService network;

	HistoryView(History history, NetworkService network, CurrentUser user) {
		this.history = history;
		this.network = network;
		addClassName("page-body");
		setSizeFull();
		this.grid
			.addColumn(change -> change.at()
				.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())))
			.setHeader(getTranslation("history.when"))
			.setAutoWidth(true);
		this.grid.addColumn(Change::by).setHeader(getTranslation("history.who")).setAutoWidth(true);
		this.grid.addColumn(change -> getTranslation("history.kind." + change.kind()))
			.setHeader(getTranslation("history.what"))
			.setAutoWidth(true);
		this.grid.addColumn(Change::summary).setHeader(getTranslation("history.tie")).setFlexGrow(2);
		this.grid.addColumn(new ComponentRenderer<>(change -> ChangeText.of(change, this)))
			.setHeader(getTranslation("history.details"))
			.setFlexGrow(3);
		if (user.can(Role.EDITOR)) {
			this.grid.addColumn(new ComponentRenderer<>(this::revert)).setHeader("").setAutoWidth(true);
		}
		this.grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
		this.grid.setEmptyStateText(getTranslation("history.none"));
		this.grid.addClassName("history");
		this.showAll.setText(getTranslation("history.show-all"));
		this.showAll.addClassName("history-all");
		add(this.title, new Paragraph(getTranslation("history.help")), this.showAll, this.grid);
		setFlexGrow(1, this.grid);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		var parameters = event.getLocation().getQueryParameters();
		this.organisation = parameters.getSingleParameter("organisation").filter(id -> !id.isBlank()).orElse(null);
		this.subject = parameters.getSingleParameter("subject").filter(id -> !id.isBlank()).orElse(null);
		refresh();
	}

	private Component revert(Change change) {
		if (!change.revertible()) {
			return new Span();
		}
		var button = new Button(getTranslation("history.revert"), event -> {
			try {
				this.history.revert(change.id());
				Notification.show(getTranslation("history.reverted"), 4000, Notification.Position.BOTTOM_START)
					.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			}
			catch (RevertRefusedException ex) {
				refused("history.refused." + ex.reason());
			}
			catch (InvalidParameterException ex) {
				refused("history.refused.changed-later");
			}
			refresh();
		});
		button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
		button.addClassName("history-revert");
		return button;
	}

	private void refused(String key) {
		Notification.show(getTranslation(key), 10000, Notification.Position.BOTTOM_START)
			.addThemeVariants(NotificationVariant.LUMO_ERROR);
	}

	private void refresh() {
		List<Change> changes;
		if (this.organisation != null) {
			changes = this.history.ofOrganisation(this.organisation, SHOWN);
		}
		else if (this.subject != null) {
			changes = this.history.ofSubject(this.subject, SHOWN);
		}
		else {
			changes = this.history.recent(SHOWN);
		}
		boolean narrowed = this.organisation != null || this.subject != null;
		String about = (this.organisation != null) ? organisationName(this.organisation)
				: changes.stream().map(Change::summary).findFirst().orElse(String.valueOf(this.subject));
		this.title.setText(narrowed ? getTranslation("history.title-of", about) : getTranslation("history.title"));
		this.showAll.setVisible(narrowed);
		this.grid.setItems(changes);
	}

	private String organisationName(String id) {
		try {
			return this.network.organisation(NodeId.parse(id)).map(found -> found.node().name()).orElse(id);
		}
		catch (IllegalArgumentException ex) {
			return id;
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("history.title") + " – " + getTranslation("app.title");
	}

}
