package se.samverkanskartan.explorer.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import se.samverkanskartan.accounts.CurrentUser;
import se.samverkanskartan.accounts.Role;
import se.samverkanskartan.exchange.SavedView;
import se.samverkanskartan.exchange.SavedViews;
import se.samverkanskartan.shell.MainLayout;

/** The saved views: open, rename, delete. */
@Route(value = "vyer", layout = MainLayout.class)
@com.vaadin.flow.server.auth.AnonymousAllowed
public class SavedViewsView extends VerticalLayout implements HasDynamicTitle {

	private final SavedViews savedViews;

	private final Grid<SavedView> grid = new Grid<>();

	private final boolean canEdit;

	SavedViewsView(SavedViews savedViews, CurrentUser user) {
		this.savedViews = savedViews;
		this.canEdit = user.can(Role.EDITOR);
		addClassName("page-body");
		setSizeFull();
		this.grid.addColumn(new ComponentRenderer<>(view -> {
			var link = new Anchor("vy/" + view.id(), view.name());
			link.addClassName("saved-view-link");
			return link;
		})).setHeader(getTranslation("saved.name")).setFlexGrow(2);
		this.grid.addColumn(SavedView::description).setHeader(getTranslation("saved.description")).setFlexGrow(3);
		this.grid
			.addColumn(view -> (view.savedAt() == null) ? ""
					: view.savedAt()
						.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())))
			.setHeader(getTranslation("saved.when"))
			.setAutoWidth(true);
		if (this.canEdit) {
			this.grid.addColumn(new ComponentRenderer<>(this::actions)).setHeader("").setAutoWidth(true).setFlexGrow(0);
		}
		this.grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.grid.setEmptyStateText(getTranslation("saved.none"));
		this.grid.addClassName("saved-views");
		add(new H2(getTranslation("saved.list-title")), new Paragraph(getTranslation("saved.list-help")), this.grid);
		setFlexGrow(1, this.grid);
		refresh();
	}

	private Component actions(SavedView view) {
		var rename = new Button(getTranslation("saved.rename"), event -> new RenameViewDialog(view, (name, text) -> {
			this.savedViews.rename(view.id(), name, text);
			refresh();
		}).open());
		rename.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
		var delete = new Button(getTranslation("saved.delete"), event -> {
			var confirm = new ConfirmDialog(getTranslation("saved.delete-title"),
					getTranslation("saved.delete-text", view.name()), getTranslation("saved.delete"), ok -> {
						this.savedViews.delete(view.id());
						refresh();
					});
			confirm.setCancelable(true);
			confirm.setCancelText(getTranslation("dialog.cancel"));
			confirm.setConfirmButtonTheme("error primary");
			confirm.open();
		});
		delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
		delete.addClassName("saved-delete");
		return new HorizontalLayout(rename, delete);
	}

	private void refresh() {
		this.grid.setItems(this.savedViews.list());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("saved.list-title") + " – " + getTranslation("app.title");
	}

}
