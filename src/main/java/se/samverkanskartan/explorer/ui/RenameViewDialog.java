package se.samverkanskartan.explorer.ui;

import java.util.function.BiConsumer;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import se.samverkanskartan.exchange.SavedView;
import se.samverkanskartan.exchange.SavedViews;

/** New name and description for a saved view. */
class RenameViewDialog extends Dialog {

	RenameViewDialog(SavedView view, BiConsumer<String, String> rename) {
		setHeaderTitle(getTranslation("saved.rename"));
		var name = new TextField(getTranslation("saved.name"), view.name(), "");
		name.setMaxLength(SavedViews.MAX_NAME);
		name.setRequiredIndicatorVisible(true);
		name.setErrorMessage(getTranslation("saved.name-required"));
		name.setWidthFull();
		var description = new TextArea(getTranslation("saved.description"), view.description(), "");
		description.setMaxLength(SavedViews.MAX_DESCRIPTION);
		description.setWidthFull();
		add(name, description);
		var confirm = new Button(getTranslation("saved.save"), event -> {
			if (name.getValue().isBlank()) {
				name.setInvalid(true);
				return;
			}
			rename.accept(name.getValue(), description.getValue());
			close();
		});
		confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		confirm.addClickShortcut(Key.ENTER);
		getFooter().add(new Button(getTranslation("dialog.cancel"), event -> close()), confirm);
		setWidth("32rem");
	}

}
