package se.samverkanskartan.accounts;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;

/**
 * {@code Authorization: Bearer <token>} on the API, with Spring Security's own
 * authentication filter: the token's owner with their current role, or 401.
 */
final class BearerTokens {

	private static final String SCHEME = "Bearer ";

	private BearerTokens() {
	}

	static AuthenticationFilter filter(ApiTokens tokens, AuthenticationEntryPoint unauthorized,
			SecurityContextHolderStrategy logins) {
		AuthenticationConverter converter = request -> {
			String header = request.getHeader("Authorization");
			if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
				return null;
			}
			return new PreAuthenticatedAuthenticationToken(header.substring(SCHEME.length()).strip(), "");
		};
		AuthenticationManager manager = login -> tokens.owner(String.valueOf(login.getPrincipal()))
			.filter(Accounts.Stored::active)
			.map(ThrottledAuthentication::login)
			.orElseThrow(() -> new BadCredentialsException("Unknown or revoked API token"));
		var filter = new AuthenticationFilter(manager, converter);
		filter.setSecurityContextHolderStrategy(logins);
		// Continue to the API rather than redirect
		filter.setSuccessHandler((request, response, authentication) -> {
		});
		filter.setFailureHandler(new AuthenticationEntryPointFailureHandler(unauthorized));
		return filter;
	}

}
