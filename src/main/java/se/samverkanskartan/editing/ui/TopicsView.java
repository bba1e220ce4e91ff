package se.samverkanskartan.editing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import se.samverkanskartan.accounts.CurrentUser;
import se.samverkanskartan.accounts.Role;
import se.samverkanskartan.editing.TopicEditing;
import se.samverkanskartan.editing.TopicForm;
import se.samverkanskartan.network.InvalidParameterException;
import se.samverkanskartan.network.NetworkService;
import se.samverkanskartan.network.Topic;
import se.samverkanskartan.shell.MainLayout;

/** The cooperation topics with their colours and use; editors add, edit and delete. */
@Route(value = "omraden", layout = MainLayout.class)
@AnonymousAllowed
public class TopicsView extends VerticalLayout implements HasDynamicTitle {

	private final TopicEditing editing;

	private final NetworkService network;

	private final Grid<Topic> grid = new Grid<>();

	TopicsView(TopicEditing editing, NetworkService network, CurrentUser user) {
		this.editing = editing;
		this.network = network;
		addClassName("page-body");
		setSizeFull();
		this.grid.addColumn(new ComponentRenderer<>(TopicsView::swatch))
			.setHeader(getTranslation("topics.color"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn(Topic::nameSv).setHeader(getTranslation("topics.name-sv")).setFlexGrow(3);
		this.grid.addColumn(Topic::nameEn).setHeader(getTranslation("topics.name-en")).setFlexGrow(3);
		this.grid.addColumn(topic -> editing.uses(topic.slug()))
			.setHeader(getTranslation("topics.uses"))
			.setAutoWidth(true);
		var header = new HorizontalLayout(new H2(getTranslation("topics.title")));
		header.setAlignItems(Alignment.BASELINE);
		if (user.can(Role.EDITOR)) {
			this.grid.addColumn(new ComponentRenderer<>(this::actions)).setAutoWidth(true).setFlexGrow(0);
			var create = new Button(getTranslation("topics.new"), VaadinIcon.PLUS.create(),
					event -> new TopicDialog(editing, null, this::saved).open());
			create.addClassName("topic-new");
			header.add(create);
		}
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.grid.addClassName("topics");
		add(header, new Paragraph(getTranslation("topics.help")), this.grid);
		setFlexGrow(1, this.grid);
		refresh();
	}

	private static Component swatch(Topic topic) {
		var swatch = new Span();
		swatch.getStyle()
			.set("display", "inline-block")
			.set("width", "1.2em")
			.set("height", "1.2em")
			.set("border-radius", "50%")
			.set("background", topic.color());
		swatch.getElement().setAttribute("aria-label", topic.color());
		return swatch;
	}

	private Component actions(Topic topic) {
		var edit = new Button(getTranslation("topics.edit"), event -> this.editing.load(topic.slug())
			.ifPresent(form -> new TopicDialog(this.editing, form, this::saved).open()));
		edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
		edit.addClassName("topic-edit");
		var delete = new Button(getTranslation("topics.delete"), event -> delete(topic));
		delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
		delete.addClassName("topic-delete");
		return new HorizontalLayout(edit, delete);
	}

	private void delete(Topic topic) {
		try {
			TopicForm form = this.editing.load(topic.slug()).orElseThrow();
			this.editing.delete(form.slug(), form.version());
			notify(getTranslation("topics.deleted"), NotificationVariant.LUMO_SUCCESS);
		}
		catch (InvalidParameterException ex) {
			notify(getTranslation("topics.error." + ex.parameter(), this.editing.uses(topic.slug())),
					NotificationVariant.LUMO_ERROR);
		}
		refresh();
	}

	private void saved() {
		notify(getTranslation("topics.saved"), NotificationVariant.LUMO_SUCCESS);
		refresh();
	}

	private static void notify(String text, NotificationVariant variant) {
		Notification.show(text, 6000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
	}

	private void refresh() {
		this.grid.setItems(this.network.topics());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("topics.title") + " – " + getTranslation("app.title");
	}

}
