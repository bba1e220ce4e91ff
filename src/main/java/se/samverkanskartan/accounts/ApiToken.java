package se.samverkanskartan.accounts;

import java.time.ZonedDateTime;

/**
 * A personal API token as its owner sees it later: never the secret itself.
 *
 * @param id the token's id, for revoking it
 * @param label what the owner called it, e.g. "Instrumentpanel"
 * @param created when it was made
 * @param hint the secret's first characters, to tell tokens apart
 */
public record ApiToken(String id, String label, ZonedDateTime created, String hint) {

}
