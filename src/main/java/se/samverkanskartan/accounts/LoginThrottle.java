package se.samverkanskartan.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows down guessing: after {@value #FREE_ATTEMPTS} failed logins for a name, each
 * further attempt must wait twice as long as the last (1 s, 2 s, 4 s … at most 5
 * minutes).
 */
@Component
class LoginThrottle {

	static final int FREE_ATTEMPTS = 5;

	static final Duration MAX_WAIT = Duration.ofMinutes(5);

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	private final Clock clock;

	LoginThrottle() {
		this(Clock.systemUTC());
	}

	LoginThrottle(Clock clock) {
		this.clock = clock;
	}

	/** How long this name must still wait; zero when it may try now. */
	Duration waitFor(String username) {
		Failures failed = this.failures.get(key(username));
		if (failed == null || failed.count() < FREE_ATTEMPTS) {
			return Duration.ZERO;
		}
		long seconds = 1L << Math.min(failed.count() - FREE_ATTEMPTS, 20);
		Duration wait = Duration.ofSeconds(Math.min(seconds, MAX_WAIT.toSeconds()));
		Duration left = Duration.between(this.clock.instant(), failed.last().plus(wait));
		return left.isNegative() ? Duration.ZERO : left;
	}

	void failed(String username) {
		Instant now = this.clock.instant();
		this.failures.merge(key(username), new Failures(1, now), (old, add) -> new Failures(old.count() + 1, now));
	}

	void succeeded(String username) {
		this.failures.remove(key(username));
	}

	private static String key(String username) {
		return (username == null) ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

	private record Failures(int count, Instant last) {

	}

}
