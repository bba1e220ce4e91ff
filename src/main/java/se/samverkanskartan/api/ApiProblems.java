package se.samverkanskartan.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import se.samverkanskartan.network.InvalidParameterException;

/** Bad requests as RFC 9457 problem details with the offending parameter named. */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems {

	static final String PARAMETER = "parameter";

	@ExceptionHandler
	ProblemDetail invalid(InvalidParameterException ex) {
		return problem(ex.parameter(), ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail wrongType(MethodArgumentTypeMismatchException ex) {
		return problem(ex.getName(), "Parameter '" + ex.getName() + "' cannot be read from '" + ex.getValue() + "'");
	}

	@ExceptionHandler
	ProblemDetail missing(MissingServletRequestParameterException ex) {
		return problem(ex.getParameterName(), "Parameter '" + ex.getParameterName() + "' is required");
	}

	static ProblemDetail problem(String parameter, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle("Invalid parameter: " + parameter);
		problem.setProperty(PARAMETER, parameter);
		return problem;
	}

}
