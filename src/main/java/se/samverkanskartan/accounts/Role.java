package se.samverkanskartan.accounts;

import java.util.Locale;

/** What a user may do; each role includes the ones below it. */
public enum Role {

	/** Reads everything. */
	VIEWER,
	/** Also edits data, decides on suggestions, imports and saves views. */
	EDITOR,
	/** Also manages users and settings. */
	ADMIN;

	/** The expression for {@code @PreAuthorize} on data-changing methods. */
	public static final String CAN_EDIT = "hasRole('EDITOR')";

	public static final String CAN_ADMINISTER = "hasRole('ADMIN')";

	public String slug() {
		return name().toLowerCase(Locale.ROOT);
	}

}
