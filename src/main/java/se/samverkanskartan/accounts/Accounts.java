package se.samverkanskartan.accounts;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkanskartan.network.InvalidParameterException;

/** Users stored as {@code (:User)} nodes; every change is for admins only. */
@Service
public class Accounts {

	public static final int MIN_PASSWORD = 12;

	private static final String SET_ROLE = "MATCH (u:User {username: $username}) SET u.role = $value RETURN u.username AS u";

	private static final String SET_PASSWORD = """
			MATCH (u:User {username: $username}) SET u.passwordHash = $value RETURN u.username AS u""";

	private static final String SET_ACTIVE = """
			MATCH (u:User {username: $username}) SET u.active = $value RETURN u.username AS u""";

	/**
	 * How long a user read for a request's rights check may be used again. This app's own
	 * changes clear it at once; another instance's show within this time.
	 */
	static final Duration CURRENT_FOR = Duration.ofSeconds(5);

	private final Neo4jClient neo4j;

	private final PasswordEncoder passwords;

	private final Cache<String, Optional<Stored>> current = Caffeine.newBuilder()
		.expireAfterWrite(CURRENT_FOR)
		.maximumSize(10_000)
		.build();

	Accounts(Neo4jClient neo4j, PasswordEncoder passwords) {
		this.neo4j = neo4j;
		this.passwords = passwords;
	}

	@Transactional(readOnly = true)
	@PreAuthorize(Role.CAN_ADMINISTER)
	public List<UserAccount> list() {
		return List.copyOf(this.neo4j
			.query("MATCH (u:User) RETURN u.username AS username, u.role AS role, u.active AS active ORDER BY username")
			.fetchAs(UserAccount.class)
			.mappedBy((types, row) -> new UserAccount(row.get("username").asString(),
					Role.valueOf(row.get("role").asString()), row.get("active").asBoolean(true)))
			.all());
	}

	@Transactional
	@PreAuthorize(Role.CAN_ADMINISTER)
	public void create(String username, String password, Role role) {
		String name = checkUsername(username);
		if (find(name).isPresent()) {
			throw new AccountRefusedException("username", "There is already a user " + name, "users.error.taken", name);
		}
		store(name, checkPassword(password), role);
	}

	@Transactional
	@PreAuthorize(Role.CAN_ADMINISTER)
	public void changeRole(String username, Role role) {
		if (role != Role.ADMIN) {
			refuseIfLastAdmin(username);
		}
		update(SET_ROLE, username, role.name());
	}

	@Transactional
	@PreAuthorize(Role.CAN_ADMINISTER)
	public void resetPassword(String username, String password) {
		update(SET_PASSWORD, username, this.passwords.encode(checkPassword(password)));
	}

	@Transactional
	@PreAuthorize(Role.CAN_ADMINISTER)
	public void setActive(String username, boolean active) {
		if (!active) {
			refuseIfLastAdmin(username);
		}
		update(SET_ACTIVE, username, active);
	}

	/** For the login: the stored hash, role and whether the account is active. */
	@Transactional(readOnly = true)
	Optional<Stored> find(String username) {
		return this.neo4j.query("""
				MATCH (u:User {username: $username})
				RETURN u.username AS username, u.passwordHash AS hash, u.role AS role, u.active AS active
				""").bind(username).to("username").fetchAs(Stored.class).mappedBy((types, row) -> stored(row)).one();
	}

	/** A row with username, hash, role and active as a stored user. */
	static Stored stored(org.neo4j.driver.Record row) {
		return new Stored(row.get("username").asString(), row.get("hash").asString(),
				Role.valueOf(row.get("role").asString()), row.get("active").asBoolean(true));
	}

	/**
	 * The stored user for the rights check of each request (an open page, an API call),
	 * without asking the database every time; see {@link #CURRENT_FOR}.
	 */
	Optional<Stored> current(String username) {
		return this.current.get(String.valueOf(username), this::find);
	}

	/** Forgets what {@link #current} read, now and again when the change is committed. */
	private void forget(String username) {
		NowAndAfterCommit.run(() -> this.current.invalidate(username));
	}

	@Transactional(readOnly = true)
	boolean anyUser() {
		return this.neo4j.query("MATCH (u:User) RETURN count(u) > 0 AS any").fetchAs(Boolean.class).one().orElse(false);
	}

	/** Stores a user without a role check: for the first admin only. */
	@Transactional
	void store(String username, String password, Role role) {
		this.neo4j.query("""
				CREATE (u:User {username: $username, passwordHash: $hash, role: $role, active: true,
				                createdAt: datetime()})
				""")
			.bindAll(Map.of("username", username, "hash", this.passwords.encode(password), "role", role.name()))
			.run();
		forget(username);
	}

	/**
	 * Someone must be able to manage the users: the last active admin keeps the role and
	 * stays active, whoever asks (also themselves).
	 */
	private void refuseIfLastAdmin(String username) {
		boolean last = this.neo4j.query("""
				MATCH (u:User {username: $username})
				WHERE u.role = 'ADMIN' AND coalesce(u.active, true)
				RETURN NOT EXISTS {
				  MATCH (other:User {role: 'ADMIN'}) WHERE other <> u AND coalesce(other.active, true)
				} AS last""").bind(String.valueOf(username)).to("username").fetchAs(Boolean.class).one().orElse(false);
		if (last) {
			throw new AccountRefusedException("username", username + " is the last active admin",
					"users.error.last-admin", username);
		}
	}

	private void update(String query, String username, Object value) {
		boolean found = this.neo4j.query(query)
			.bindAll(Map.of("username", String.valueOf(username), "value", value))
			.fetch()
			.one()
			.isPresent();
		if (!found) {
			throw new InvalidParameterException("username", "No user " + username);
		}
		forget(username);
	}

	private static String checkUsername(String username) {
		String name = (username == null) ? "" : username.strip();
		if (!name.matches("[\\p{L}\\p{N}._@-]{2,60}")) {
			throw new AccountRefusedException("username",
					"2 to 60 letters, digits or . _ @ - are needed for a user name", "users.error.username");
		}
		return name;
	}

	private static String checkPassword(String password) {
		if (password == null || password.length() < MIN_PASSWORD || password.length() > 200) {
			throw new AccountRefusedException("password", "A password needs at least " + MIN_PASSWORD + " characters",
					"users.error.password", MIN_PASSWORD);
		}
		return password;
	}

	/** A user with the stored hash, for the login only. */
	record Stored(String username, String hash, Role role, boolean active) {

	}

}
