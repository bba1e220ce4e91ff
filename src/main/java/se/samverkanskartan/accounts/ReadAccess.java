package se.samverkanskartan.accounts;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

import se.samverkanskartan.accounts.ui.LoginView;

/**
 * Pages are open to anonymous visitors only when the setting says so; otherwise they are
 * sent to the login first. Views declare themselves readable with @AnonymousAllowed.
 */
@Component
class ReadAccess implements VaadinServiceInitListener {

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
				&& event.getNavigationTarget() != LoginView.class) {
			event.forwardTo(LoginView.class);
		}
	}

}
