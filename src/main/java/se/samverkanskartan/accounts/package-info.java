/**
 * Accounts and roles: users stored in Neo4j with bcrypt hashes, the first admin, login
 * throttling, and the security configuration (Spring Security with Vaadin's login view).
 * Data-changing service methods elsewhere check roles with {@code @PreAuthorize}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package se.samverkanskartan.accounts;
