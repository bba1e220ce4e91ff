package se.samverkanskartan.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

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

	@Test
	void repeated_failures_make_each_further_attempt_wait_longer_and_success_resets() {
		var clock = new MovableClock();
		var throttle = new LoginThrottle(clock);
		for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
			assertThat(throttle.waitFor("Anna")).isZero();
			throttle.failed("anna");
		}
		assertThat(throttle.waitFor("ANNA")).isEqualTo(Duration.ofSeconds(1));
		throttle.failed("anna");
		throttle.failed("anna");
		assertThat(throttle.waitFor("anna")).isEqualTo(Duration.ofSeconds(4));
		clock.now = clock.now.plusSeconds(5);
		assertThat(throttle.waitFor("anna")).isZero();
		assertThat(throttle.waitFor("bertil")).isZero();
		for (int i = 0; i < 30; i++) {
			throttle.failed("anna");
		}
		assertThat(throttle.waitFor("anna")).isEqualTo(LoginThrottle.MAX_WAIT);
		throttle.succeeded("anna");
		assertThat(throttle.waitFor("anna")).isZero();
	}

}
