package se.samverkanskartan.accounts;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the first admin when there are no users: ADMIN_USERNAME and ADMIN_PASSWORD, or
 * a random password printed once to the log.
 */
@Component
class FirstAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final Accounts accounts;

	private final String username;

	private final String password;

	FirstAdmin(Accounts accounts, @Value("${ADMIN_USERNAME:admin}") String username,
			@Value("${ADMIN_PASSWORD:}") String password) {
		this.accounts = accounts;
		this.username = username;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.anyUser()) {
			return;
		}
		boolean generated = this.password.isBlank();
		String chosen = generated ? randomPassword() : this.password;
		this.accounts.store(this.username, chosen, Role.ADMIN);
		if (generated) {
			log.warn("""

					==========================================================================
					 First start: an admin account was created.
					   user name: {}
					   password:  {}
					 This is shown once. Log in and add users under Mer → Användare.
					 Set ADMIN_USERNAME and ADMIN_PASSWORD to choose them yourself.
					==========================================================================""", this.username,
					chosen);
		}
		else {
			log.info("First start: admin account '{}' created from ADMIN_USERNAME/ADMIN_PASSWORD", this.username);
		}
	}

	private static String randomPassword() {
		byte[] bytes = new byte[15];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
