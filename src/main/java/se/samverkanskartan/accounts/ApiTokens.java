package se.samverkanskartan.accounts;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.samverkanskartan.network.InvalidParameterException;

/**
 * Personal API tokens: 256 random bits, shown once, stored as their SHA-256 (a fast hash
 * is enough for a secret this long), listed and revoked by their owner. A request with
 * {@code Authorization: Bearer <token>} acts as the owner with the owner's current role.
 */
@Component
public class ApiTokens {

	/** Tells the app's tokens apart from other secrets, e.g. in a secret scanner. */
	static final String PREFIX = "skk_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Neo4jClient neo4j;

	private final Accounts accounts;

	private final ObjectProvider<SecurityContextHolderStrategy> logins;

	/** Token hash → owner, for {@link Accounts#CURRENT_FOR}; a revoke here clears it. */
	private final Cache<String, String> owners = Caffeine.newBuilder()
		.expireAfterWrite(Accounts.CURRENT_FOR)
		.maximumSize(10_000)
		.build();

	ApiTokens(Neo4jClient neo4j, Accounts accounts, ObjectProvider<SecurityContextHolderStrategy> logins) {
		this.neo4j = neo4j;
		this.accounts = accounts;
		this.logins = logins;
	}

	/**
	 * Makes a token for the logged-in user.
	 * @return the secret, which is not kept and cannot be shown again
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public String create(String label) {
		String name = (label == null) ? "" : label.strip();
		if (name.isEmpty() || name.length() > 80) {
			throw new InvalidParameterException("label", "A token needs a name of 1 to 80 characters");
		}
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		boolean created = this.neo4j.query("""
				MATCH (u:User {username: $username})
				CREATE (t:ApiToken {id: $id, hash: $hash, label: $label, hint: $hint, created: datetime()})-[:OF]->(u)
				RETURN t.id AS id""")
			.bindAll(Map.of("username", me(), "id", UUID.randomUUID().toString(), "hash", hash(token), "label", name,
					"hint", token.substring(0, PREFIX.length() + 4)))
			.fetch()
			.one()
			.isPresent();
		if (!created) {
			throw new InvalidParameterException("username", "No user " + me());
		}
		return token;
	}

	/** The logged-in user's tokens, newest first. */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public List<ApiToken> mine() {
		return List.copyOf(this.neo4j.query("""
				MATCH (t:ApiToken)-[:OF]->(:User {username: $username})
				RETURN t.id AS id, t.label AS label, t.created AS created, t.hint AS hint ORDER BY created DESC""")
			.bind(me())
			.to("username")
			.fetchAs(ApiToken.class)
			.mappedBy((types, row) -> new ApiToken(row.get("id").asString(), row.get("label").asString(),
					row.get("created").asZonedDateTime(), row.get("hint").asString()))
			.all());
	}

	/** Revokes one of the logged-in user's tokens; it stops working at once. */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void revoke(String id) {
		boolean found = this.neo4j.query("""
				MATCH (t:ApiToken {id: $id})-[:OF]->(:User {username: $username})
				DETACH DELETE t RETURN count(*) AS deleted""")
			.bindAll(Map.of("id", String.valueOf(id), "username", me()))
			.fetchAs(Long.class)
			.one()
			.orElse(0L) > 0;
		if (!found) {
			throw new InvalidParameterException("id", "No token " + id + " of yours");
		}
		NowAndAfterCommit.run(this.owners::invalidateAll);
	}

	/** The token's owner as stored now, when the token exists. */
	Optional<Accounts.Stored> owner(String token) {
		if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		String hash = hash(token);
		String username = this.owners.getIfPresent(hash);
		if (username == null) {
			username = this.neo4j.query("MATCH (:ApiToken {hash: $hash})-[:OF]->(u:User) RETURN u.username")
				.bind(hash)
				.to("hash")
				.fetchAs(String.class)
				.one()
				.orElse(null);
			if (username == null) {
				return Optional.empty();
			}
			this.owners.put(hash, username);
		}
		return this.accounts.current(username);
	}

	private String me() {
		return this.logins.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)
			.getContext()
			.getAuthentication()
			.getName();
	}

	static String hash(String token) {
		return Sha256.hex(token);
	}

}
