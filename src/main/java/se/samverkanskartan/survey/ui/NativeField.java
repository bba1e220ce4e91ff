package se.samverkanskartan.survey.ui;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.dom.Element;

/**
 * A form field made of the browser's own elements, for people who open the form once: the
 * question reads as text in its legend or label, and the error shows under the field and
 * is named by {@code aria-describedby}. (It did not make the form measurably faster to
 * open; see docs/benchmarks.md, session 21.)
 */
abstract class NativeField<C extends NativeField<C>> extends AbstractField<C, String> implements HasValidation {

	private static final AtomicLong IDS = new AtomicLong();

	private final String id = "field-" + IDS.incrementAndGet();

	private final Element error = new Element("div");

	private String errorMessage = "";

	NativeField(String emptyValue) {
		super(emptyValue);
		this.error.getClassList().add("native-field-error");
		this.error.setAttribute("id", this.id + "-error");
		this.error.setAttribute("role", "alert");
	}

	/** Unique in the page, for names and labels of the field's elements. */
	protected String fieldId() {
		return this.id;
	}

	/** Where the error goes; appended last by the subclass. */
	protected Element errorElement() {
		return this.error;
	}

	/** The element that the error describes: the input, or the group of inputs. */
	protected abstract Element describedElement();

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
			describedElement().setAttribute("aria-describedby", this.error.getAttribute("id"));
			describedElement().setAttribute("aria-invalid", "true");
		}
		else {
			describedElement().removeAttribute("aria-describedby");
			describedElement().removeAttribute("aria-invalid");
		}
		this.error.setText(invalid ? this.errorMessage : "");
	}

	@Override
	public boolean isInvalid() {
		return getElement().hasAttribute("invalid");
	}

}
