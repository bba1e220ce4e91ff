package se.samverkanskartan.survey.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;

/**
 * A choice of one as the browser's own radio buttons in a fieldset, the legend naming the
 * group; arrow keys move between the choices.
 */
@Tag("fieldset")
class NativeRadioGroup extends NativeField<NativeRadioGroup> {

	private final Map<String, Element> inputs = new LinkedHashMap<>();

	NativeRadioGroup(String legend, List<String> items, Function<String, String> itemLabel) {
		super(null);
		getElement().getClassList().add("native-radio-group");
		getElement().appendChild(new Element("legend").setText(legend));
		for (String item : items) {
			Element input = new Element("input").setAttribute("type", "radio")
				.setAttribute("name", fieldId())
				.setAttribute("value", item);
			Element label = new Element("label").appendChild(input, new Element("span").setText(itemLabel.apply(item)));
			this.inputs.put(item, input);
			getElement().appendChild(label);
		}
		getElement().appendChild(errorElement());
		getElement().addEventListener("change", event -> {
			String value = event.getEventData().get("event.target.value").asString();
			if (this.inputs.containsKey(value)) {
				// The server's record of what is checked follows the browser's, so that a
				// value
				// shown later (a colleague's, after a conflict) reaches the browser
				checkOnly(value);
				setModelValue(value, true);
			}
		}).addEventData("event.target.value");
	}

	@Override
	protected Element describedElement() {
		return getElement();
	}

	@Override
	protected void setPresentationValue(String value) {
		checkOnly(value);
	}

	private void checkOnly(String value) {
		this.inputs.forEach((item, input) -> input.setProperty("checked", item.equals(value)));
		getElement().setAttribute("has-value", value != null);
	}

}
