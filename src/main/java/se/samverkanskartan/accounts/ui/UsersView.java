package se.samverkanskartan.accounts.ui;

import java.util.Arrays;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import se.samverkanskartan.accounts.Accounts;
import se.samverkanskartan.accounts.Role;
import se.samverkanskartan.accounts.UserAccount;
import se.samverkanskartan.accounts.AccountRefusedException;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import se.samverkanskartan.shell.MainLayout;

/** Admins add users, change roles, reset passwords and deactivate accounts. */
@Route(value = "anvandare", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout implements HasDynamicTitle {

	private final Accounts accounts;

	private final Grid<UserAccount> grid = new Grid<>();

	private final TextField username = new TextField();

	private final PasswordField password = new PasswordField();

	private final Select<Role> role = new Select<>();

	UsersView(Accounts accounts) {
		this.accounts = accounts;
		addClassName("page-body");
		this.username.setLabel(getTranslation("users.username"));
		this.password.setLabel(getTranslation("users.password"));
		this.password.setHelperText(getTranslation("users.password-help", Accounts.MIN_PASSWORD));
		this.role.setLabel(getTranslation("users.role"));
		this.role.setItems(Role.values());
		this.role.setItemLabelGenerator(item -> getTranslation("role." + item.slug()));
		this.role.setValue(Role.VIEWER);
		var add = new Button(getTranslation("users.add"), event -> addUser());
		add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		var form = new HorizontalLayout(this.username, this.password, this.role, add);
		form.setAlignItems(Alignment.BASELINE);
		form.setWrap(true);
		this.grid.addColumn(UserAccount::username).setHeader(getTranslation("users.username"));
		this.grid.addColumn(new ComponentRenderer<>(this::roleSelect)).setHeader(getTranslation("users.role"));
		this.grid.addColumn(user -> getTranslation(user.active() ? "users.active" : "users.inactive"))
			.setHeader(getTranslation("users.status"));
		this.grid.addColumn(new ComponentRenderer<>(this::actions)).setHeader("").setAutoWidth(true);
		this.grid.setAllRowsVisible(true);
		this.grid.addClassName("users");
		add(new H2(getTranslation("users.title")), form, this.grid);
		refresh();
	}

	private void addUser() {
		change(() -> this.accounts.create(this.username.getValue(), this.password.getValue(), this.role.getValue()));
		this.password.clear();
	}

	private Component roleSelect(UserAccount user) {
		var select = new Select<Role>();
		select.setItems(Arrays.asList(Role.values()));
		select.setItemLabelGenerator(item -> getTranslation("role." + item.slug()));
		select.setValue(user.role());
		select.setAriaLabel(getTranslation("users.role") + " " + user.username());
		select.addValueChangeListener(event -> {
			if (event.isFromClient()) {
				Role chosen = event.getValue();
				confirm(getTranslation("users.confirm-role", user.username()),
						getTranslation("users.confirm-role-text", user.username(),
								getTranslation("role." + chosen.slug())),
						getTranslation("users.confirm-role-button"),
						() -> change(() -> this.accounts.changeRole(user.username(), chosen)), this::refresh);
			}
		});
		return select;
	}

	private Component actions(UserAccount user) {
		var newPassword = new PasswordField();
		newPassword.setPlaceholder(getTranslation("users.new-password"));
		newPassword.setAriaLabel(getTranslation("users.new-password") + " " + user.username());
		var reset = new Button(getTranslation("users.reset"),
				event -> change(() -> this.accounts.resetPassword(user.username(), newPassword.getValue())));
		Runnable toggleActive = () -> change(() -> this.accounts.setActive(user.username(), !user.active()));
		var toggle = new Button(getTranslation(user.active() ? "users.deactivate" : "users.activate"), event -> {
			if (user.active()) {
				confirm(getTranslation("users.confirm-deactivate", user.username()),
						getTranslation("users.confirm-deactivate-text", user.username()),
						getTranslation("users.deactivate"), toggleActive, () -> {
						});
			}
			else {
				toggleActive.run();
			}
		});
		toggle.addClassName("user-toggle-active");
		reset.addThemeVariants(ButtonVariant.LUMO_SMALL);
		toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
		var row = new HorizontalLayout(newPassword, reset, toggle);
		row.setAlignItems(Alignment.BASELINE);
		return row;
	}

	private void change(Runnable change) {
		try {
			change.run();
			Notification.show(getTranslation("users.saved"), 3000, Notification.Position.BOTTOM_START)
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		}
		catch (AccountRefusedException ex) {
			Notification.show(getTranslation(ex.key(), ex.arguments()), 8000, Notification.Position.BOTTOM_START)
				.addThemeVariants(NotificationVariant.LUMO_ERROR);
		}
		refresh();
	}

	/**
	 * Asks before a change that takes rights away; cancelling leaves things as they were.
	 */
	private void confirm(String title, String text, String confirmText, Runnable confirmed, Runnable cancelled) {
		var dialog = new ConfirmDialog(title, text, confirmText, event -> confirmed.run());
		dialog.setCancelable(true);
		dialog.setCancelText(getTranslation("users.cancel"));
		dialog.addCancelListener(event -> cancelled.run());
		dialog.setConfirmButtonTheme("error primary");
		dialog.addClassName("user-confirm");
		dialog.open();
	}

	private void refresh() {
		this.grid.setItems(this.accounts.list());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("users.title") + " – " + getTranslation("app.title");
	}

}
