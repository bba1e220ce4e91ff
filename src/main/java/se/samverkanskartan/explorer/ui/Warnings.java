package se.samverkanskartan.explorer.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * Warnings about what the user asked for (an old link, a bad date), shown for a while.
 */
final class Warnings {

	private Warnings() {
	}

	static void warn(String text) {
		Notification.show(text, 8000, Notification.Position.BOTTOM_CENTER)
			.addThemeVariants(NotificationVariant.LUMO_WARNING);
	}

}
