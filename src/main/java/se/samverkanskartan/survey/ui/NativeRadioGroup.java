package se.samverkanskartan.survey.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;

/**
 * A choice of one as the browser's own radio buttons in a fieldset: a carried tie's
 * "Stämmer detta fortfarande?" appears once per partner, and 65 groups of Vaadin radio
 * buttons took a third of a second to open. Arrow keys, the legend as the group's name
 * and the error named with {@code aria-describedby} come with the native elements.
 */
@Tag("fieldset")
class NativeRadioGroup extends AbstractField<NativeRadioGroup, String> implements HasValidation {

	private static final AtomicLong GROUPS = new AtomicLong();

	private final Map<String, Element> inputs = new LinkedHashMap<>();

	private final Element error = new Element("div");

	private String errorMessage = "";

	NativeRadioGroup(String legend, List<String> items, Function<String, String> itemLabel) {
		super(null);
		String name = "choice-" + GROUPS.incrementAndGet();
		getElement().getClassList().add("native-radio-group");
		getElement().appendChild(new Element("legend").setText(legend));
		for (String item : items) {
			Element input = new Element("input").setAttribute("type", "radio")
				.setAttribute("name", name)
				.setAttribute("value", item);
			Element label = new Element("label").appendChild(input, new Element("span").setText(itemLabel.apply(item)));
			this.inputs.put(item, input);
			getElement().appendChild(label);
		}
		this.error.getClassList().add("native-radio-error");
		this.error.setAttribute("id", name + "-error");
		this.error.setAttribute("role", "alert");
		getElement().appendChild(this.error);
		getElement().addEventListener("change", event -> {
			String value = event.getEventData().get("event.target.value").asString();
			if (this.inputs.containsKey(value)) {
				setModelValue(value, true);
			}
		}).addEventData("event.target.value");
	}

	@Override
	protected void setPresentationValue(String value) {
		this.inputs.forEach((item, input) -> input.setProperty("checked", item.equals(value)));
		getElement().setAttribute("has-value", value != null);
	}

	@Override
	public void setErrorMessage(String errorMessage) {
		this.errorMessage = Objects.requireNonNullElse(errorMessage, "");
		this.error.setText(isInvalid() ? this.errorMessage : "");
	}

	@Override
	public String getErrorMessage() {
		return this.errorMessage;
	}

	@Override
	public void setInvalid(boolean invalid) {
		getElement().setAttribute("invalid", invalid);
		if (invalid) {
			getElement().setAttribute("aria-describedby", this.error.getAttribute("id"));
		}
		else {
			getElement().removeAttribute("aria-describedby");
		}
		this.error.setText(invalid ? this.errorMessage : "");
	}

	@Override
	public boolean isInvalid() {
		return getElement().hasAttribute("invalid");
	}

}
