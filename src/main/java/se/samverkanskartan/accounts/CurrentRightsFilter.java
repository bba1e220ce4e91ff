package se.samverkanskartan.accounts;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a logged-in session at its next request once the stored user no longer has the
 * rights it logged in with: deactivated, deleted, given another role or a new password.
 * Every page and its background requests (the status check too) pass here, so an open
 * page cannot act on rights that were taken away.
 */
class CurrentRightsFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(CurrentRightsFilter.class);

	private final Accounts accounts;

	private final SecurityContextHolderStrategy logins;

	CurrentRightsFilter(Accounts accounts, SecurityContextHolderStrategy logins) {
		this.accounts = accounts;
		this.logins = logins;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication login = this.logins.getContext().getAuthentication();
		if (login != null && login.getDetails() instanceof LoginStamp stamp) {
			Optional<Accounts.Stored> stored;
			try {
				stored = this.accounts.current(login.getName());
			}
			catch (RuntimeException databaseDown) {
				// Nothing can be changed while the database is away; the banner says so
				chain.doFilter(request, response);
				return;
			}
			if (stored.isEmpty() || !stamp.stillHolds(stored.get())) {
				log.info("Ending the session of {}: their rights changed", login.getName());
				var logout = new SecurityContextLogoutHandler();
				logout.setSecurityContextHolderStrategy(this.logins);
				logout.logout(request, response, login);
			}
		}
		chain.doFilter(request, response);
	}

}
