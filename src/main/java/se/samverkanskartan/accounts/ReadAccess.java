package se.samverkanskartan.accounts;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;
import org.springframework.stereotype.Component;

import se.samverkanskartan.accounts.ui.LoginView;
import se.samverkanskartan.shell.PublicPage;

/**
 * Pages are open to anonymous visitors only when the setting says so; otherwise they are
 * sent to the login first. Views declare themselves readable with @AnonymousAllowed.
 */
@Component
class ReadAccess implements VaadinServiceInitListener {

	/**
	 * HttpSessionRequestCache's session attribute, which the login success handler reads.
	 */
	static final String SAVED_REQUEST = "SPRING_SECURITY_SAVED_REQUEST";

	private final SecuritySettings settings;

	private final AuthenticationContext authentication;

	ReadAccess(SecuritySettings settings, AuthenticationContext authentication) {
		this.settings = settings;
		this.authentication = authentication;
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
	}

	private void check(BeforeEnterEvent event) {
		if (!this.settings.anonymousRead() && !this.authentication.isAuthenticated()
				&& event.getNavigationTarget() != LoginView.class
				&& !event.getNavigationTarget().isAnnotationPresent(PublicPage.class)) {
			rememberForLogin(event.getLocation().getPathWithQueryParameters());
			event.forwardTo(LoginView.class);
		}
	}

	/**
	 * The address asked for, where Spring Security's login success handler looks for it,
	 * so that logging in leads back there (a shared view, the partner finder, any page).
	 */
	private static void rememberForLogin(String pathWithQuery) {
		VaadinServletRequest request = VaadinServletRequest.getCurrent();
		if (request != null) {
			// Only a path inside the app: "//host" would lead elsewhere
			String path = "/" + pathWithQuery.replaceFirst("^/+", "");
			request.getHttpServletRequest().getSession().setAttribute(SAVED_REQUEST, new SimpleSavedRequest(path));
		}
	}

}
