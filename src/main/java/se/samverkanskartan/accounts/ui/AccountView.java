package se.samverkanskartan.accounts.ui;

import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import se.samverkanskartan.accounts.ApiToken;
import se.samverkanskartan.accounts.ApiTokens;
import se.samverkanskartan.accounts.CurrentUser;
import se.samverkanskartan.network.InvalidParameterException;
import se.samverkanskartan.shell.MainLayout;

/**
 * "Mitt konto": who one is logged in as, and one's personal API tokens: made here, shown
 * once, listed by name and first characters, revoked here.
 */
@Route(value = "konto", layout = MainLayout.class)
@PermitAll
public class AccountView extends VerticalLayout implements HasDynamicTitle {

	private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final java.time.ZoneId STOCKHOLM = java.time.ZoneId.of("Europe/Stockholm");

	private final ApiTokens tokens;

	private final Grid<ApiToken> grid = new Grid<>();

	private final TextField label = new TextField();

	private final TextField secret = new TextField();

	private final Paragraph secretNote = new Paragraph();

	AccountView(ApiTokens tokens, CurrentUser user) {
		this.tokens = tokens;
		addClassName("page-body");
		var who = new Paragraph(getTranslation("account.logged-in-as", user.name().orElse("")));
		this.label.setLabel(getTranslation("account.token-label"));
		this.label.setMaxLength(80);
		this.label.addClassName("token-label");
		var create = new Button(getTranslation("account.token-create"), event -> create());
		create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		create.addClassName("token-create");
		this.label.addKeyDownListener(com.vaadin.flow.component.Key.ENTER, event -> create());
		var form = new HorizontalLayout(this.label, create);
		form.setAlignItems(Alignment.BASELINE);

		this.secret.setReadOnly(true);
		this.secret.setLabel(getTranslation("account.token-secret"));
		this.secret.setWidth("min(100%, 40em)");
		this.secret.addClassName("token-secret");
		this.secretNote.setText(getTranslation("account.token-shown-once"));
		this.secret.setVisible(false);
		this.secretNote.setVisible(false);

		this.grid.addColumn(ApiToken::label).setHeader(getTranslation("account.token-name"));
		this.grid.addColumn(token -> token.hint() + "…").setHeader(getTranslation("account.token-hint"));
		this.grid.addColumn(token -> CREATED.format(token.created().withZoneSameInstant(STOCKHOLM)))
			.setHeader(getTranslation("account.token-created-at"));
		this.grid.addColumn(new ComponentRenderer<>(this::revokeButton)).setHeader("");
		this.grid.setAllRowsVisible(true);
		this.grid.addClassName("tokens");
		this.grid.setEmptyStateText(getTranslation("account.no-tokens"));

		add(new H2(getTranslation("account.title")), who, new H3(getTranslation("account.tokens")),
				new Paragraph(getTranslation("account.tokens-help")), form, this.secret, this.secretNote, this.grid);
		refresh();
	}

	private void create() {
		try {
			String token = this.tokens.create(this.label.getValue());
			this.secret.setValue(token);
			this.secret.setVisible(true);
			this.secretNote.setVisible(true);
			this.label.clear();
			this.label.setInvalid(false);
			this.secret.focus();
			refresh();
		}
		catch (InvalidParameterException ex) {
			this.label.setErrorMessage(getTranslation("account.token-label-error"));
			this.label.setInvalid(true);
		}
	}

	private Component revokeButton(ApiToken token) {
		var revoke = new Button(getTranslation("account.token-revoke"), event -> {
			var confirm = new ConfirmDialog(getTranslation("account.token-revoke-title"),
					getTranslation("account.token-revoke-text", token.label()), getTranslation("account.token-revoke"),
					confirmed -> revoke(token));
			confirm.setCancelable(true);
			confirm.setCancelText(getTranslation("dialog.cancel"));
			confirm.setConfirmButtonTheme("error primary");
			confirm.open();
		});
		revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
		revoke.addClassName("token-revoke");
		revoke.setAriaLabel(getTranslation("account.token-revoke") + " " + token.label());
		return revoke;
	}

	private void revoke(ApiToken token) {
		this.tokens.revoke(token.id());
		this.secret.clear();
		this.secret.setVisible(false);
		this.secretNote.setVisible(false);
		Notification
			.show(getTranslation("account.token-revoked", token.label()), 4000, Notification.Position.BOTTOM_START)
			.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		refresh();
	}

	private void refresh() {
		this.grid.setItems(this.tokens.mine());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("account.title") + " – " + getTranslation("app.title");
	}

}
