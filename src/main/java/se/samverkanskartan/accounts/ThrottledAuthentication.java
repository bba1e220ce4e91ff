package se.samverkanskartan.accounts;

import java.time.Duration;
import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Checks a name and password against the stored users, throttled per name. */
@Component
class ThrottledAuthentication implements AuthenticationProvider {

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	private final LoginThrottle throttle;

	ThrottledAuthentication(Accounts accounts, PasswordEncoder passwords, LoginThrottle throttle) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		Duration wait = this.throttle.waitFor(username);
		if (!wait.isZero()) {
			throw new LockedException("Too many failed logins; try again in " + (wait.toSeconds() + 1) + " s");
		}
		String password = String.valueOf(authentication.getCredentials());
		var stored = this.accounts.find(username).orElse(null);
		if (stored == null || !this.passwords.matches(password, stored.hash())) {
			this.throttle.failed(username);
			throw new BadCredentialsException("Wrong user name or password");
		}
		if (!stored.active()) {
			throw new DisabledException("The account is deactivated");
		}
		this.throttle.succeeded(username);
		return UsernamePasswordAuthenticationToken.authenticated(stored.username(), null,
				List.of(new SimpleGrantedAuthority("ROLE_" + stored.role().name())));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
