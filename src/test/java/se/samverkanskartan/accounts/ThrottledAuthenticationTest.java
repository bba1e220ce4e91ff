package se.samverkanskartan.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import se.samverkanskartan.Neo4jIntegrationTest;
import se.samverkanskartan.TestNeo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The login check against the stored users, as parallel and probing clients try it. */
class ThrottledAuthenticationTest extends Neo4jIntegrationTest {

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordEncoder passwords;

	private final AtomicInteger hashChecks = new AtomicInteger();

	private ThrottledAuthentication authentication() {
		PasswordEncoder counting = new PasswordEncoder() {
			@Override
			public String encode(CharSequence raw) {
				return ThrottledAuthenticationTest.this.passwords.encode(raw);
			}

			@Override
			public boolean matches(CharSequence raw, String encoded) {
				ThrottledAuthenticationTest.this.hashChecks.incrementAndGet();
				return ThrottledAuthenticationTest.this.passwords.matches(raw, encoded);
			}
		};
		return new ThrottledAuthentication(this.accounts, counting, new LoginThrottle(), new RecentLogins());
	}

	private static Authentication attempt(String username, String password, String address) {
		var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr(address);
		token.setDetails(new WebAuthenticationDetails((HttpServletRequest) request));
		return token;
	}

	@Test
	void forty_parallel_guesses_for_one_name_reach_the_hash_only_as_often_as_the_throttle_allows() throws Exception {
		ThrottledAuthentication login = authentication();
		List<Callable<String>> guesses = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			String guess = "guess-" + i;
			guesses.add(() -> {
				try {
					login.authenticate(attempt(TestNeo4j.ADMIN, guess, "203.0.113.66"));
					return "accepted";
				}
				catch (LockedException ex) {
					return "refused early";
				}
				catch (BadCredentialsException ex) {
					return "wrong";
				}
			});
		}
		List<String> outcomes = new ArrayList<>();
		try (var pool = Executors.newFixedThreadPool(40)) {
			for (var outcome : pool.invokeAll(guesses)) {
				outcomes.add(outcome.get());
			}
		}

		assertThat(this.hashChecks).hasValue(LoginThrottle.FREE_PER_NAME_AND_ADDRESS);
		assertThat(outcomes).containsOnly("wrong", "refused early")
			.filteredOn("wrong"::equals)
			.hasSize(LoginThrottle.FREE_PER_NAME_AND_ADDRESS);

		Authentication owner = login.authenticate(attempt(TestNeo4j.ADMIN, TestNeo4j.ADMIN_PASSWORD, "198.51.100.7"));
		assertThat(owner.isAuthenticated()).isTrue();
	}

	@Test
	void an_unknown_name_costs_the_same_hash_check_as_a_known_one() {
		ThrottledAuthentication login = authentication();

		assertThatExceptionOfType(BadCredentialsException.class)
			.isThrownBy(() -> login.authenticate(attempt("nobody-by-this-name", "whatever", "203.0.113.66")));
		assertThat(this.hashChecks).hasValue(1);
		assertThatExceptionOfType(BadCredentialsException.class)
			.isThrownBy(() -> login.authenticate(attempt(TestNeo4j.ADMIN, "whatever", "203.0.113.66")));
		assertThat(this.hashChecks).hasValue(2);
	}

	@Test
	void a_repeated_login_with_the_same_password_is_not_hashed_again_until_the_password_changes() {
		ThrottledAuthentication login = authentication();
		for (int i = 0; i < 5; i++) {
			assertThat(login.authenticate(attempt(TestNeo4j.ADMIN, TestNeo4j.ADMIN_PASSWORD, "127.0.0.1"))
				.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMIN");
		}
		assertThat(this.hashChecks).hasValue(1);

		assertThatExceptionOfType(BadCredentialsException.class).isThrownBy(
				() -> login.authenticate(attempt(TestNeo4j.ADMIN, TestNeo4j.ADMIN_PASSWORD + "x", "127.0.0.1")));
		assertThat(this.hashChecks).hasValue(2);
	}

}
