package se.samverkanskartan.accounts;

import java.io.Serializable;

/**
 * What a login's rights were granted on: the role, and a fingerprint of the password hash
 * (so that a reset ends the login). A session whose stamp no longer matches the stored
 * user ends at its next request.
 *
 * @param role the role at login
 * @param passwordFingerprint SHA-256 of the stored hash at login
 */
record LoginStamp(Role role, String passwordFingerprint) implements Serializable {

	static LoginStamp of(Accounts.Stored stored) {
		return new LoginStamp(stored.role(), fingerprint(stored.hash()));
	}

	/** Whether the stored user still has the rights this login was given. */
	boolean stillHolds(Accounts.Stored stored) {
		return stored.active() && stored.role() == this.role
				&& fingerprint(stored.hash()).equals(this.passwordFingerprint);
	}

	private static String fingerprint(String hash) {
		return Sha256.hex(hash);
	}

}
