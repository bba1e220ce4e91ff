package se.samverkanskartan.editing;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import se.samverkanskartan.network.InvalidParameterException;

/** The forms' Jakarta constraints, checked by the services as the dialogs check them. */
final class FormConstraints {

	private FormConstraints() {
	}

	/**
	 * @throws InvalidParameterException naming the field (list elements by their list) of
	 * the first violation
	 */
	static <T> void check(Validator validator, T form) {
		for (ConstraintViolation<T> violation : validator.validate(form)) {
			String field = violation.getPropertyPath().toString().replaceAll("\\[.*", "");
			throw new InvalidParameterException(field, violation.getMessage());
		}
	}

}
