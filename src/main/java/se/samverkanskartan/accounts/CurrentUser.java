package se.samverkanskartan.accounts;

import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/** Who is logged in and what they may do, for views that show or hide actions. */
@Component
public class CurrentUser {

	private final AuthenticationContext authentication;

	private final ObjectProvider<SecurityContextHolderStrategy> strategies;

	CurrentUser(AuthenticationContext authentication, ObjectProvider<SecurityContextHolderStrategy> strategies) {
		this.authentication = authentication;
		this.strategies = strategies;
	}

	/**
	 * Runs work on another thread as the user who is logged in now, so that role checks
	 * there see the same login. The login is read from the HTTP session, where Spring
	 * Security keeps it, else from the current thread.
	 */
	public Executor withLogin() {
		Authentication login = login();
		return task -> ForkJoinPool.commonPool().execute(() -> {
			var holders = new java.util.LinkedHashSet<SecurityContextHolderStrategy>();
			holders.add(SecurityContextHolder.getContextHolderStrategy());
			this.strategies.ifAvailable(holders::add);
			for (SecurityContextHolderStrategy holder : holders) {
				SecurityContext context = holder.createEmptyContext();
				context.setAuthentication(login);
				holder.setContext(context);
			}
			try {
				task.run();
			}
			finally {
				holders.forEach(SecurityContextHolderStrategy::clearContext);
			}
		});
	}

	private static Authentication login() {
		VaadinServletRequest request = VaadinServletRequest.getCurrent();
		if (request != null && request.getHttpServletRequest().getSession(false) != null) {
			Object stored = request.getHttpServletRequest()
				.getSession(false)
				.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
			if (stored instanceof SecurityContext context && context.getAuthentication() != null) {
				return context.getAuthentication();
			}
		}
		return SecurityContextHolder.getContext().getAuthentication();
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
