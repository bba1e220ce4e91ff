/**
 * The accounts' views. Exposed so that the app shell can name the login as the one view
 * whose components load with every page.
 */
@org.springframework.modulith.NamedInterface("ui")
package se.samverkanskartan.accounts.ui;
