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
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a name and password against the stored users, throttled per name and client
 * address, one attempt per name at a time. An unknown name costs the same hash check as a
 * known one, so that the answer's time does not tell which names exist. A pair that
 * passed lately is not hashed again ({@link RecentLogins}).
 */
@Component
class ThrottledAuthentication implements AuthenticationProvider {

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	private final LoginThrottle throttle;

	private final RecentLogins recent;

	private volatile String unknownUserHash;

	ThrottledAuthentication(Accounts accounts, PasswordEncoder passwords, LoginThrottle throttle, RecentLogins recent) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.throttle = throttle;
		this.recent = recent;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails web
				&& web.getRemoteAddress() != null) ? web.getRemoteAddress() : "";
		String password = String.valueOf(authentication.getCredentials());
		var passedLately = this.recent.recheck(username, password, this.accounts);
		if (passedLately.isPresent()) {
			return login(passedLately.get());
		}
		return this.throttle.oneAtATime(username, () -> check(username, address, password));
	}

	private Authentication check(String username, String address, String password) {
		// Another request with the same pair may have passed while this one waited its
		// turn
		var passedMeanwhile = this.recent.recheck(username, password, this.accounts);
		if (passedMeanwhile.isPresent()) {
			return login(passedMeanwhile.get());
		}
		Duration wait = this.throttle.waitFor(username, address);
		if (!wait.isZero()) {
			throw new LockedException("Too many failed logins; try again in " + (wait.toSeconds() + 1) + " s");
		}
		var stored = this.accounts.find(username).orElse(null);
		boolean matches = this.passwords.matches(password, (stored != null) ? stored.hash() : unknownUserHash());
		if (stored == null || !matches) {
			this.throttle.failed(username, address);
			throw new BadCredentialsException("Wrong user name or password");
		}
		if (!stored.active()) {
			throw new DisabledException("The account is deactivated");
		}
		this.throttle.succeeded(username, address);
		this.recent.remember(username, password, stored);
		return login(stored);
	}

	/** The login of a stored user, stamped with what its rights were checked against. */
	static UsernamePasswordAuthenticationToken login(Accounts.Stored stored) {
		var login = UsernamePasswordAuthenticationToken.authenticated(stored.username(), null,
				List.of(new SimpleGrantedAuthority("ROLE_" + stored.role().name())));
		login.setDetails(LoginStamp.of(stored));
		return login;
	}

	private String unknownUserHash() {
		if (this.unknownUserHash == null) {
			this.unknownUserHash = this.passwords.encode("no such user " + System.nanoTime());
		}
		return this.unknownUserHash;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
