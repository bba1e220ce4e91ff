package se.samverkanskartan.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Security settings.
 *
 * @param anonymousRead whether visitors who are not logged in may read (the pages and the
 * REST API); off unless {@code ANONYMOUS_READ=true}
 */
@ConfigurationProperties("samverkanskartan.security")
public record SecuritySettings(boolean anonymousRead) {

}
