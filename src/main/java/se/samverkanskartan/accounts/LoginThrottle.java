package se.samverkanskartan.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without locking the owner out. Failures are counted per
 * name and address, per address, and per name; past each count's free attempts, every
 * further attempt waits twice as long as the last (1 s, 2 s, 4 s … at most 5 minutes).
 * The count per name does not apply from an address that has logged in to that name
 * before, so guessing from elsewhere does not keep the owner out. Failures are forgotten
 * {@link #FORGET_AFTER} after the last one, and each table holds at most
 * {@link #MAX_ENTRIES} entries.
 */
@Component
class LoginThrottle {

	static final int FREE_PER_NAME_AND_ADDRESS = 5;

	static final int FREE_PER_ADDRESS = 20;

	static final int FREE_PER_NAME = 50;

	static final Duration MAX_WAIT = Duration.ofMinutes(5);

	static final Duration FORGET_AFTER = Duration.ofMinutes(15);

	static final int MAX_ENTRIES = 10_000;

	private static final int LOCK_STRIPES = 64;

	private final Clock clock;

	private final Cache<String, Failures> byNameAndAddress;

	private final Cache<String, Failures> byAddress;

	private final Cache<String, Failures> byName;

	private final Cache<String, Boolean> knownAddresses;

	private final ReentrantLock[] locks = new ReentrantLock[LOCK_STRIPES];

	LoginThrottle() {
		this(Clock.systemUTC());
	}

	LoginThrottle(Clock clock) {
		this.clock = clock;
		Ticker ticker = () -> TimeUnit.MILLISECONDS.toNanos(clock.millis());
		this.byNameAndAddress = table(ticker, FORGET_AFTER);
		this.byAddress = table(ticker, FORGET_AFTER);
		this.byName = table(ticker, FORGET_AFTER);
		this.knownAddresses = table(ticker, Duration.ofDays(30));
		for (int i = 0; i < LOCK_STRIPES; i++) {
			this.locks[i] = new ReentrantLock(true);
		}
	}

	private static <V> Cache<String, V> table(Ticker ticker, Duration forgetAfter) {
		return Caffeine.newBuilder()
			.ticker(ticker)
			.expireAfterWrite(forgetAfter)
			.maximumSize(MAX_ENTRIES)
			.executor(Runnable::run)
			.build();
	}

	/**
	 * Runs one login attempt for a name while no other attempt for that name runs, so
	 * that parallel guesses see each other's failures before any of them reaches the
	 * hash.
	 */
	<T> T oneAtATime(String username, Supplier<T> attempt) {
		ReentrantLock lock = this.locks[Math.floorMod(key(username).hashCode(), LOCK_STRIPES)];
		lock.lock();
		try {
			return attempt.get();
		}
		finally {
			lock.unlock();
		}
	}

	/** How long this name must still wait from this address; zero when it may try now. */
	Duration waitFor(String username, String address) {
		String name = key(username);
		Duration wait = wait(this.byNameAndAddress.getIfPresent(name + " " + address), FREE_PER_NAME_AND_ADDRESS);
		wait = max(wait, wait(this.byAddress.getIfPresent(address), FREE_PER_ADDRESS));
		if (this.knownAddresses.getIfPresent(name + " " + address) == null) {
			wait = max(wait, wait(this.byName.getIfPresent(name), FREE_PER_NAME));
		}
		return wait;
	}

	void failed(String username, String address) {
		String name = key(username);
		Instant now = this.clock.instant();
		count(this.byNameAndAddress, name + " " + address, now);
		count(this.byAddress, address, now);
		count(this.byName, name, now);
	}

	void succeeded(String username, String address) {
		String name = key(username);
		this.byNameAndAddress.invalidate(name + " " + address);
		this.knownAddresses.put(name + " " + address, Boolean.TRUE);
	}

	/** Entries held now, for the bound's test. */
	long size() {
		return this.byNameAndAddress.estimatedSize() + this.byAddress.estimatedSize() + this.byName.estimatedSize();
	}

	void cleanUp() {
		this.byNameAndAddress.cleanUp();
		this.byAddress.cleanUp();
		this.byName.cleanUp();
	}

	private static void count(Cache<String, Failures> table, String key, Instant now) {
		table.asMap().merge(key, new Failures(1, now), (old, add) -> new Failures(old.count() + 1, now));
	}

	private Duration wait(Failures failed, int free) {
		if (failed == null || failed.count() < free) {
			return Duration.ZERO;
		}
		long seconds = 1L << Math.min(failed.count() - free, 20);
		Duration wait = Duration.ofSeconds(Math.min(seconds, MAX_WAIT.toSeconds()));
		Duration left = Duration.between(this.clock.instant(), failed.last().plus(wait));
		return left.isNegative() ? Duration.ZERO : left;
	}

	private static Duration max(Duration a, Duration b) {
		return (a.compareTo(b) >= 0) ? a : b;
	}

	private static String key(String username) {
		return (username == null) ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

	private record Failures(int count, Instant last) {

	}

}
