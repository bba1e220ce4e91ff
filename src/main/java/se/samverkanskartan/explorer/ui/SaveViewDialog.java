package se.samverkanskartan.explorer.ui;

import java.util.function.BiConsumer;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import se.samverkanskartan.exchange.SavedViews;

/** Name and description of a view to save; the name is required. */
class SaveViewDialog extends Dialog {

	SaveViewDialog(BiConsumer<String, String> save) {
		setHeaderTitle(getTranslation("saved.title"));
		addClassName("save-view-dialog");
		var name = new TextField(getTranslation("saved.name"));
		name.setRequiredIndicatorVisible(true);
		name.setMaxLength(SavedViews.MAX_NAME);
		name.setErrorMessage(getTranslation("saved.name-required"));
		name.setWidthFull();
		name.addClassName("saved-name");
		var description = new TextArea(getTranslation("saved.description"));
		description.setMaxLength(SavedViews.MAX_DESCRIPTION);
		description.setWidthFull();
		add(name, description);
		var confirm = new Button(getTranslation("saved.save"), event -> {
			if (name.getValue().isBlank()) {
				name.setInvalid(true);
				name.focus();
				return;
			}
			save.accept(name.getValue(), description.getValue());
			close();
		});
		confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		confirm.addClickShortcut(Key.ENTER);
		confirm.addClassName("saved-confirm");
		getFooter().add(new Button(getTranslation("dialog.cancel"), event -> close()), confirm);
		setWidth("32rem");
		name.focus();
	}

}
