package se.samverkanskartan.accounts;

import java.util.Optional;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

/** Who is logged in and what they may do, for views that show or hide actions. */
@Component
public class CurrentUser {

	private final AuthenticationContext authentication;

	CurrentUser(AuthenticationContext authentication) {
		this.authentication = authentication;
	}

	public Optional<String> name() {
		return this.authentication.getPrincipalName();
	}

	/** Whether the user has the role or one above it. */
	public boolean can(Role role) {
		return switch (role) {
			case VIEWER -> this.authentication.isAuthenticated();
			case EDITOR -> this.authentication.hasAnyRole(Role.EDITOR.name(), Role.ADMIN.name());
			case ADMIN -> this.authentication.hasRole(Role.ADMIN.name());
		};
	}

	public void logout() {
		this.authentication.logout();
	}

}
