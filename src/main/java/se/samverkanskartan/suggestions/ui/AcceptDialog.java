package se.samverkanskartan.suggestions.ui;

import java.util.List;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

import se.samverkanskartan.network.Topic;
import se.samverkanskartan.suggestions.Suggestion;

/** Confirms accepting a suggestion and asks for the new tie's topic. */
class AcceptDialog extends Dialog {

	AcceptDialog(Suggestion suggestion, List<Topic> topics, BiConsumer<Suggestion, String> accept) {
		setHeaderTitle(getTranslation("suggestions.accept-title"));
		addClassName("accept-dialog");
		var topic = new ComboBox<Topic>(getTranslation("suggestions.accept-topic"));
		topic.setItems(topics);
		topic.setItemLabelGenerator(item -> item.name(getLocale()));
		topic.setRequiredIndicatorVisible(true);
		topic.setErrorMessage(getTranslation("suggestions.accept-topic-required"));
		topic.setWidthFull();
		topics.stream().filter(item -> item.slug().equals(suggestion.topic())).findFirst().ifPresent(topic::setValue);
		add(new Paragraph(getTranslation("suggestions.accept-text", suggestion.fromName(), suggestion.toName())),
				topic);
		var confirm = new Button(getTranslation("suggestions.accept"), event -> {
			if (topic.getValue() == null) {
				topic.setInvalid(true);
				return;
			}
			accept.accept(suggestion, topic.getValue().slug());
			close();
		});
		confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		confirm.addClassName("confirm-accept");
		getFooter().add(new Button(getTranslation("dialog.cancel"), event -> close()), confirm);
		topic.focus();
	}

}
