package se.samverkanskartan.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

	private static final String ATTACKER = "203.0.113.66";

	private static final String OWNER = "198.51.100.7";

	private static final class MovableClock extends Clock {

		Instant now = Instant.parse("2026-11-24T10:00:00Z");

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

	private final MovableClock clock = new MovableClock();

	private final LoginThrottle throttle = new LoginThrottle(this.clock);

	private void fail(String name, String address, int times) {
		for (int i = 0; i < times; i++) {
			this.throttle.failed(name, address);
		}
	}

	@Test
	void repeated_failures_from_one_address_make_each_further_attempt_wait_longer_and_success_resets() {
		for (int i = 0; i < LoginThrottle.FREE_PER_NAME_AND_ADDRESS; i++) {
			assertThat(this.throttle.waitFor("Anna", ATTACKER)).isZero();
			this.throttle.failed("anna", ATTACKER);
		}
		assertThat(this.throttle.waitFor("ANNA", ATTACKER)).isEqualTo(Duration.ofSeconds(1));
		fail("anna", ATTACKER, 2);
		assertThat(this.throttle.waitFor("anna", ATTACKER)).isEqualTo(Duration.ofSeconds(4));
		this.clock.now = this.clock.now.plusSeconds(5);
		assertThat(this.throttle.waitFor("anna", ATTACKER)).isZero();
		fail("anna", ATTACKER, 10);
		assertThat(this.throttle.waitFor("anna", ATTACKER)).isEqualTo(LoginThrottle.MAX_WAIT);
		this.throttle.succeeded("anna", ATTACKER);
		assertThat(this.throttle.waitFor("anna", ATTACKER)).isZero();
	}

	@Test
	void guessing_from_one_address_does_not_keep_the_owner_out_from_theirs() {
		fail("anna", ATTACKER, 40);

		assertThat(this.throttle.waitFor("anna", ATTACKER)).isPositive();
		assertThat(this.throttle.waitFor("anna", OWNER)).isZero();
	}

	@Test
	void one_address_guessing_many_names_is_slowed_down_for_every_name() {
		for (int i = 0; i < LoginThrottle.FREE_PER_ADDRESS; i++) {
			this.throttle.failed("name" + i, ATTACKER);
		}

		assertThat(this.throttle.waitFor("someone-else", ATTACKER)).isPositive();
		assertThat(this.throttle.waitFor("someone-else", OWNER)).isZero();
	}

	@Test
	void guessing_one_name_from_many_addresses_slows_new_addresses_but_not_the_owners_known_one() {
		this.throttle.succeeded("anna", OWNER);
		for (int i = 0; i < LoginThrottle.FREE_PER_NAME; i++) {
			this.throttle.failed("anna", "10.0.0." + i);
		}

		assertThat(this.throttle.waitFor("anna", "10.9.9.9")).isPositive();
		assertThat(this.throttle.waitFor("anna", OWNER)).isZero();
	}

	@Test
	void failures_are_forgotten_after_a_quiet_while() {
		fail("anna", ATTACKER, 30);
		assertThat(this.throttle.waitFor("anna", ATTACKER)).isPositive();

		this.clock.now = this.clock.now.plus(LoginThrottle.FORGET_AFTER).plusSeconds(1);

		assertThat(this.throttle.waitFor("anna", ATTACKER)).isZero();
	}

	@Test
	void the_tables_stay_bounded_however_many_names_and_addresses_are_tried() {
		for (int i = 0; i < 3 * LoginThrottle.MAX_ENTRIES; i++) {
			this.throttle.failed("name" + i, "10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255));
		}
		this.throttle.cleanUp();

		assertThat(this.throttle.size()).isLessThanOrEqualTo(3L * LoginThrottle.MAX_ENTRIES);
	}

}
