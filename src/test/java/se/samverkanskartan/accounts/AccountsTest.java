package se.samverkanskartan.accounts;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.test.context.support.WithMockUser;

import se.samverkanskartan.Neo4jIntegrationTest;
import se.samverkanskartan.TestNeo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@WithMockUser(roles = "ADMIN")
class AccountsTest extends Neo4jIntegrationTest {

	@Autowired
	Accounts accounts;

	@Autowired
	ThrottledAuthentication authentication;

	@Autowired
	Neo4jClient neo4j;

	@AfterEach
	void removeTestUsers() {
		this.neo4j.query("MATCH (u:User) WHERE u.username STARTS WITH 'test-' DELETE u").run();
	}

	@Test
	void the_first_admin_exists_and_passwords_are_stored_as_bcrypt_hashes_only() {
		assertThat(this.accounts.list())
			.anyMatch(user -> user.username().equals(TestNeo4j.ADMIN) && user.role() == Role.ADMIN);

		this.accounts.create("test-anna", "ett långt lösenord", Role.EDITOR);

		String hash = this.neo4j.query("MATCH (u:User {username: 'test-anna'}) RETURN u.passwordHash AS h")
			.fetchAs(String.class)
			.one()
			.orElseThrow();
		assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("ett långt lösenord");
		var token = this.authentication
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("test-anna", "ett långt lösenord"));
		assertThat(token.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_EDITOR");
		assertThatThrownBy(() -> this.authentication
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("test-anna", "fel lösenord")))
			.isInstanceOf(BadCredentialsException.class);
	}

	@Test
	void roles_passwords_and_deactivation_are_changed_by_an_admin() {
		this.accounts.create("test-bertil", "ett långt lösenord", Role.VIEWER);

		this.accounts.changeRole("test-bertil", Role.EDITOR);
		this.accounts.resetPassword("test-bertil", "ett annat långt lösenord");
		this.accounts.setActive("test-bertil", false);

		assertThat(this.accounts.list()).contains(new UserAccount("test-bertil", Role.EDITOR, false));
		assertThatThrownBy(() -> this.authentication.authenticate(
				UsernamePasswordAuthenticationToken.unauthenticated("test-bertil", "ett annat långt lösenord")))
			.isInstanceOf(DisabledException.class);
	}

	@Test
	void the_last_active_admin_can_be_neither_deactivated_nor_demoted_by_anyone() {
		assertThatThrownBy(() -> this.accounts.setActive(TestNeo4j.ADMIN, false)).isInstanceOfSatisfying(
				AccountRefusedException.class,
				refused -> assertThat(refused.key()).isEqualTo("users.error.last-admin"));
		assertThatThrownBy(() -> this.accounts.changeRole(TestNeo4j.ADMIN, Role.EDITOR))
			.isInstanceOf(AccountRefusedException.class);
		assertThat(this.accounts.list()).contains(new UserAccount(TestNeo4j.ADMIN, Role.ADMIN, true));

		// A second admin counts only while active
		this.accounts.create("test-cecilia", "ett långt lösenord", Role.ADMIN);
		this.accounts.setActive("test-cecilia", false);
		assertThatThrownBy(() -> this.accounts.changeRole(TestNeo4j.ADMIN, Role.VIEWER))
			.isInstanceOf(AccountRefusedException.class);
		this.accounts.setActive("test-cecilia", true);
		this.accounts.changeRole("test-cecilia", Role.EDITOR);
		assertThat(this.accounts.list()).contains(new UserAccount("test-cecilia", Role.EDITOR, true),
				new UserAccount(TestNeo4j.ADMIN, Role.ADMIN, true));
	}

	@Test
	void bad_user_names_and_short_passwords_are_refused_by_name() {
		assertThatThrownBy(() -> this.accounts.create("test-x", "kort", Role.VIEWER)).extracting("parameter")
			.isEqualTo("password");
		assertThatThrownBy(() -> this.accounts.create("test <script>", "ett långt lösenord", Role.VIEWER))
			.extracting("parameter")
			.isEqualTo("username");
		assertThatThrownBy(() -> this.accounts.create(TestNeo4j.ADMIN, "ett långt lösenord", Role.VIEWER))
			.extracting("parameter")
			.isEqualTo("username");
	}

}
