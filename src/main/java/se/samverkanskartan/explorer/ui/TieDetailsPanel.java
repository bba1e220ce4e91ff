package se.samverkanskartan.explorer.ui;

import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import se.samverkanskartan.network.TieEvidence;

/** The side panel for a selected tie: both parties, topic, confidence and evidence. */
class TieDetailsPanel extends VerticalLayout {

	private final Consumer<String> onPartySelected;

	private final Runnable onClose;

	TieDetailsPanel(Consumer<String> onPartySelected, Runnable onClose) {
		this.onPartySelected = onPartySelected;
		this.onClose = onClose;
		addClassName("tie-details");
		PanelStyle.apply(this);
		setVisible(false);
	}

	/**
	 * Shows the tie, or warns that there is no tie with that id (e.g. from an old link).
	 */
	void show(java.util.Optional<TieEvidence> tie, String tieId, Locale locale) {
		tie.ifPresentOrElse(found -> show(found, locale), () -> {
			setVisible(false);
			Notification.show(getTranslation("explorer.unknown-tie", tieId), 8000, Notification.Position.BOTTOM_CENTER)
				.addThemeVariants(NotificationVariant.LUMO_WARNING);
		});
	}

	void show(TieEvidence tie, Locale locale) {
		removeAll();
		var title = new H2(getTranslation("tie.kind." + tie.kind().name()));
		title.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("margin", "0");
		add(PanelStyle.closeButton(getTranslation("panel.close"), this.onClose), title,
				party(tie.fromId(), tie.fromName()), party(tie.toId(), tie.toName()));
		if (tie.topic() != null) {
			add(new Paragraph(getTranslation("tie.topic", tie.topic().name(locale))));
		}
		if (tie.confidence() != null) {
			var confidence = new Span(getTranslation("confidence." + tie.confidence()));
			confidence.getElement().getThemeList().add("badge");
			add(confidence);
		}
		if (tie.extent() != null) {
			add(new Paragraph(getTranslation("tie.extent", tie.extent())));
		}
		if (tie.quote() != null) {
			add(new EvidenceText(tie.source(), tie.section(), tie.quote()),
					SourcesView.linkToTie(getTranslation("tie.open-sources"), tie.tieId()));
		}
		else if (tie.source() != null) {
			add(new Paragraph(getTranslation("tie.source", tie.source())));
		}
		setVisible(true);
	}

	private Button party(String id, String name) {
		var link = new Button(name, event -> this.onPartySelected.accept(id));
		link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
		return link;
	}

}
