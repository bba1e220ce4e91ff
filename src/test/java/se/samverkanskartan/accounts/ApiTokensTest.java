package se.samverkanskartan.accounts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithMockUser;

import se.samverkanskartan.TestNeo4j;
import se.samverkanskartan.WebIntegrationTest;
import se.samverkanskartan.network.InvalidParameterException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Personal API tokens over real HTTP: shown once, stored hashed, revocable, owner-bound.
 */
@WithMockUser(username = TestNeo4j.ADMIN, roles = "ADMIN")
class ApiTokensTest extends WebIntegrationTest {

	private static final String EDITOR = "token-redaktor";

	@Autowired
	ApiTokens tokens;

	@Autowired
	Accounts accounts;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	SecurityContextHolderStrategy logins;

	private final HttpClient http = HttpClient.newHttpClient();

	@AfterEach
	void cleanUp() {
		this.neo4j.query("MATCH (t:ApiToken) DETACH DELETE t").run();
		this.neo4j.query("MATCH (u:User {username: $name}) DETACH DELETE u").bind(EDITOR).to("name").run();
	}

	private int status(String authorization) throws Exception {
		var request = HttpRequest.newBuilder(URI.create(url("/api/topics")));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	@Test
	void a_token_carries_256_random_bits_is_stored_only_as_a_hash_and_opens_the_api_as_its_owner() throws Exception {
		String token = this.tokens.create("Instrumentpanel");
		String other = this.tokens.create("Skript");

		assertThat(token).startsWith("skk_").isNotEqualTo(other);
		assertThat(java.util.Base64.getUrlDecoder().decode(token.substring(4))).hasSize(32);
		List<String> stored = this.neo4j
			.query("MATCH (t:ApiToken) UNWIND keys(t) AS key RETURN toString(t[key]) AS value")
			.fetchAs(String.class)
			.all()
			.stream()
			.toList();
		assertThat(stored).doesNotContain(token, other).contains(ApiTokens.hash(token));
		assertThat(this.tokens.mine()).extracting(ApiToken::label)
			.containsExactlyInAnyOrder("Instrumentpanel", "Skript");
		assertThat(this.tokens.mine()).extracting(ApiToken::hint).allMatch(hint -> hint.length() == 8);

		assertThat(status("Bearer " + token)).isEqualTo(200);
		assertThat(status("bearer " + other)).isEqualTo(200);
	}

	@Test
	void an_unknown_or_revoked_token_or_one_whose_owner_was_deactivated_gets_401() throws Exception {
		String token = this.tokens.create("Snart återkallad");
		assertThat(status("Bearer " + token)).isEqualTo(200);
		this.tokens.revoke(this.tokens.mine().getFirst().id());
		assertThat(status("Bearer " + token)).isEqualTo(401);
		assertThat(status("Bearer skk_" + "A".repeat(43))).isEqualTo(401);
		assertThat(status("Bearer not-a-token")).isEqualTo(401);

		this.accounts.create(EDITOR, "redaktorens-losenord", Role.EDITOR);
		String editors = as(EDITOR, () -> this.tokens.create("Redaktörens skript"));
		assertThat(status("Bearer " + editors)).isEqualTo(200);
		this.accounts.setActive(EDITOR, false);
		assertThat(status("Bearer " + editors)).isEqualTo(401);
	}

	@Test
	void nobody_revokes_another_users_token_and_a_token_needs_a_name() {
		this.accounts.create(EDITOR, "redaktorens-losenord", Role.EDITOR);
		as(EDITOR, () -> this.tokens.create("Redaktörens skript"));
		String editorsTokenId = this.neo4j.query("MATCH (t:ApiToken) RETURN t.id")
			.fetchAs(String.class)
			.one()
			.orElseThrow();

		assertThatExceptionOfType(InvalidParameterException.class).isThrownBy(() -> this.tokens.revoke(editorsTokenId))
			.satisfies(refused -> assertThat(refused.parameter()).isEqualTo("id"));
		assertThatExceptionOfType(InvalidParameterException.class).isThrownBy(() -> this.tokens.create("  "))
			.satisfies(refused -> assertThat(refused.parameter()).isEqualTo("label"));
		assertThat(this.neo4j.query("MATCH (t:ApiToken) RETURN count(t)").fetchAs(Long.class).one()).contains(1L);
	}

	private <T> T as(String username, java.util.function.Supplier<T> work) {
		var before = this.logins.getContext();
		var context = this.logins.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
				List.of(new SimpleGrantedAuthority("ROLE_EDITOR"))));
		this.logins.setContext(context);
		try {
			return work.get();
		}
		finally {
			this.logins.setContext(before);
		}
	}

}
