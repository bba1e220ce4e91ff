package se.samverkanskartan.explorer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * In a narrow window the filters and view choices fold away behind one button, leaving
 * the search and the graph (styles.css shows the button only there).
 */
final class FilterFold {

	static final String OPEN = "filters-open";

	private FilterFold() {
	}

	static Button toggleFor(Component filters) {
		filters.setId("explorer-filters");
		var toggle = new Button(filters.getTranslation("filters.unfold"), VaadinIcon.SLIDERS.create());
		toggle.addClassName("filters-toggle");
		toggle.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
		toggle.getElement().setAttribute("aria-controls", "explorer-filters");
		toggle.getElement().setAttribute("aria-expanded", "false");
		toggle.addClickListener(click -> {
			boolean open = !filters.getElement().getClassList().contains(OPEN);
			filters.getElement().getClassList().set(OPEN, open);
			toggle.getElement().setAttribute("aria-expanded", String.valueOf(open));
			toggle.setText(toggle.getTranslation(open ? "filters.fold" : "filters.unfold"));
		});
		return toggle;
	}

}
