package se.samverkanskartan.editing.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import se.samverkanskartan.accounts.CurrentUser;
import se.samverkanskartan.accounts.Role;
import se.samverkanskartan.editing.Change;
import se.samverkanskartan.editing.TieEditing;
import se.samverkanskartan.network.InvalidParameterException;
import se.samverkanskartan.shell.MainLayout;

/** Every recorded change, newest first, with what it changed and a revert for editors. */
@Route(value = "historik", layout = MainLayout.class)
@AnonymousAllowed
public class HistoryView extends VerticalLayout implements HasDynamicTitle {

	static final int SHOWN = 200;

	private final TieEditing editing;

	private final Grid<Change> grid = new Grid<>();

	HistoryView(TieEditing editing, CurrentUser user) {
		this.editing = editing;
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
		add(new H2(getTranslation("history.title")), new Paragraph(getTranslation("history.help")), this.grid);
		setFlexGrow(1, this.grid);
		refresh();
	}

	private Component revert(Change change) {
		// Organisation changes are listed but not reverted here
		if (change.kind().equals("revert") || change.kind().startsWith("organisation-")) {
			return new Span();
		}
		var button = new Button(getTranslation("history.revert"), event -> {
			try {
				this.editing.revert(change.id());
				Notification.show(getTranslation("history.reverted"), 4000, Notification.Position.BOTTOM_START)
					.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			}
			catch (InvalidParameterException ex) {
				Notification.show(getTranslation("history.revert-refused"), 8000, Notification.Position.BOTTOM_START)
					.addThemeVariants(NotificationVariant.LUMO_ERROR);
			}
			refresh();
		});
		button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
		button.addClassName("history-revert");
		return button;
	}

	private void refresh() {
		this.grid.setItems(this.editing.changes(null, SHOWN));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("history.title") + " – " + getTranslation("app.title");
	}

}
