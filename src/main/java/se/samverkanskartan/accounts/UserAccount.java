package se.samverkanskartan.accounts;

/**
 * A user as the admin view shows it.
 *
 * @param username the login name
 * @param role what the user may do
 * @param active false when deactivated; a deactivated user cannot log in
 */
public record UserAccount(String username, Role role, boolean active) {

}
