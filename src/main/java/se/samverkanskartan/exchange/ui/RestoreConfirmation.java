package se.samverkanskartan.exchange.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * Asks twice before a restore replaces the database: once what happens, then whether the
 * administrator has a backup of what is there now.
 */
final class RestoreConfirmation {

	private RestoreConfirmation() {
	}

	static void ask(Runnable restore) {
		UI ui = UI.getCurrent();
		var first = new ConfirmDialog(ui.getTranslation("data.restore.first-title"),
				ui.getTranslation("data.restore.first-text"), ui.getTranslation("data.restore.first-confirm"),
				event -> second(ui, restore).open());
		first.setCancelable(true);
		first.setCancelText(ui.getTranslation("data.restore.cancel"));
		first.addClassName("restore-first");
		first.open();
	}

	private static ConfirmDialog second(UI ui, Runnable restore) {
		var second = new ConfirmDialog(ui.getTranslation("data.restore.second-title"),
				ui.getTranslation("data.restore.second-text"), ui.getTranslation("data.restore.second-confirm"),
				event -> restore.run());
		second.setConfirmButtonTheme("error primary");
		second.setCancelable(true);
		second.setCancelText(ui.getTranslation("data.restore.cancel"));
		second.addClassName("restore-second");
		return second;
	}

}
