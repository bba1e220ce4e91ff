package se.samverkanskartan.shell;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A page anyone may open without logging in, whatever the read setting: the survey form
 * behind a personal link (which checks its own token and shows nothing else), the
 * accessibility statement and the help.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PublicPage {

}
