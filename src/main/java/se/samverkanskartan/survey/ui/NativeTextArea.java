package se.samverkanskartan.survey.ui;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;

/**
 * Free text as the browser's own labelled text area, sent when it loses focus (as
 * Vaadin's text area does by default).
 */
@Tag("div")
class NativeTextArea extends NativeField<NativeTextArea> {

	private final Element area = new Element("textarea");

	NativeTextArea(String label, int maxLength) {
		super("");
		getElement().getClassList().add("native-text-area");
		this.area.setAttribute("id", fieldId());
		this.area.setAttribute("maxlength", String.valueOf(maxLength));
		this.area.setAttribute("rows", "2");
		getElement().appendChild(new Element("label").setAttribute("for", fieldId()).setText(label), this.area,
				errorElement());
		// Synchronised, so the server knows what the browser shows and a later value
		// reaches it
		this.area.addPropertyChangeListener("value", "change", event -> {
			if (event.isUserOriginated() && event.getValue() instanceof String text) {
				setModelValue(text, true);
			}
			else if (event.isUserOriginated()) {
				setPresentationValue(getValue());
			}
		});
	}

	@Override
	protected Element describedElement() {
		return this.area;
	}

	@Override
	protected void setPresentationValue(String value) {
		this.area.setProperty("value", (value == null) ? "" : value);
		getElement().setAttribute("has-value", value != null && !value.isEmpty());
	}

}
