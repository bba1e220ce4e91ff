package se.samverkanskartan.infrastructure;

import java.util.Locale;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;

/**
 * Swedish unless the user picked English in this session; the browser's language does not
 * decide, so a shared link looks the same to everyone.
 */
@Component
public class UiLocale implements VaadinServiceInitListener {

	private static final String SESSION_KEY = UiLocale.class.getName();

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addUIInitListener(init -> init.getUI().setLocale(current()));
	}

	/** The session's chosen locale, Swedish by default. */
	public static Locale current() {
		VaadinSession session = VaadinSession.getCurrent();
		Object chosen = (session != null) ? session.getAttribute(SESSION_KEY) : null;
		return (chosen instanceof Locale locale) ? locale : TranslationProvider.SWEDISH;
	}

	/** Remembers the choice for this session; the caller reloads or updates the page. */
	public static void choose(Locale locale) {
		VaadinSession.getCurrent().setAttribute(SESSION_KEY, locale);
	}

}
