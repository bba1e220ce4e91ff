package se.samverkanskartan.accounts.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

import se.samverkanskartan.shell.SiteFooter;

/** The login page; Spring Security checks the form (throttled per user name). */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private final LoginForm form = new LoginForm();

	LoginView() {
		setSizeFull();
		setAlignItems(Alignment.CENTER);
		setJustifyContentMode(JustifyContentMode.CENTER);
		this.form.setAction("login");
		this.form.setForgotPasswordButtonVisible(false);
		this.form.setI18n(texts(null));
		var main = new Main(new H1(getTranslation("app.title")), new Paragraph(getTranslation("login.intro")),
				this.form);
		main.addClassName("login-main");
		add(main, new SiteFooter(false));
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
			Object failure = VaadinServletRequest.getCurrent()
				.getHttpServletRequest()
				.getSession()
				.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
			String detail = (failure instanceof LockedException locked) ? locked.getMessage()
					: (failure instanceof DisabledException) ? getTranslation("login.disabled")
							: getTranslation("login.wrong");
			this.form.setI18n(texts(detail));
			this.form.setError(true);
		}
	}

	private LoginI18n texts(String errorMessage) {
		LoginI18n i18n = LoginI18n.createDefault();
		i18n.getForm().setTitle(getTranslation("login.title"));
		i18n.getForm().setUsername(getTranslation("login.username"));
		i18n.getForm().setPassword(getTranslation("login.password"));
		i18n.getForm().setSubmit(getTranslation("login.submit"));
		i18n.getErrorMessage().setTitle(getTranslation("login.error-title"));
		i18n.getErrorMessage().setMessage((errorMessage != null) ? errorMessage : getTranslation("login.wrong"));
		return i18n;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("login.title") + " – " + getTranslation("app.title");
	}

}
