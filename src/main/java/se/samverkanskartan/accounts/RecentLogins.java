package se.samverkanskartan.accounts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

/**
 * Name and password pairs that passed the hash check lately, so that a script sending
 * HTTP Basic with every request costs one bcrypt check per {@link #REMEMBER} rather than
 * one per request. Only a keyed hash of the pair is held (the key is random and lives in
 * memory); the stored user is read on every use, so a reset, a new role or a deactivation
 * counts at once.
 */
@Component
class RecentLogins {

	static final Duration REMEMBER = Duration.ofMinutes(10);

	private final Cache<String, LoginStamp> passed = Caffeine.newBuilder()
		.expireAfterWrite(REMEMBER)
		.maximumSize(10_000)
		.build();

	private final SecretKeySpec key;

	RecentLogins() {
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, "HmacSHA256");
	}

	/** The stored user when this pair passed lately and its rights still hold. */
	Optional<Accounts.Stored> recheck(String username, String password, Accounts accounts) {
		LoginStamp stamp = this.passed.getIfPresent(pair(username, password));
		if (stamp == null) {
			return Optional.empty();
		}
		return accounts.current(username).filter(stamp::stillHolds);
	}

	void remember(String username, String password, Accounts.Stored stored) {
		this.passed.put(pair(username, password), LoginStamp.of(stored));
	}

	private String pair(String username, String password) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			mac.update(username.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
