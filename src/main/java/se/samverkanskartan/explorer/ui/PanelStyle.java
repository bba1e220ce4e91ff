package se.samverkanskartan.explorer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The shared look of the explorer's side panels. */
final class PanelStyle {

	private PanelStyle() {
	}

	static void apply(VerticalLayout panel) {
		panel.setWidth("24rem");
		panel.setHeightFull();
		panel.setPadding(true);
		panel.setSpacing(false);
		panel.getStyle().set("overflow", "auto").set("border-left", "1px solid var(--lumo-contrast-10pct)");
	}

	static Button closeButton(String label, Runnable onClose) {
		var close = new Button(VaadinIcon.CLOSE_SMALL.create(), event -> onClose.run());
		close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
		close.setAriaLabel(label);
		close.getStyle().set("align-self", "flex-end");
		return close;
	}

}
