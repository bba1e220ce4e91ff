package se.samverkanskartan.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import se.samverkanskartan.network.InvalidParameterException;

/**
 * Bad requests as RFC 9457 problem details with the offending parameter named; faults as
 * 500 problems that give nothing away.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ApiProblems.class);

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

	/**
	 * Spring's own errors (404, 406 …) keep their status and plain description; a fault
	 * inside is logged with an id and answered with the id and nothing else.
	 */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> failed(Exception ex) throws Exception {
		if (ex instanceof org.springframework.security.access.AccessDeniedException
				|| ex instanceof org.springframework.security.core.AuthenticationException) {
			throw ex; // Spring Security answers these (401, 403)
		}
		if (ex instanceof ErrorResponse known) {
			return ResponseEntity.status(known.getStatusCode()).headers(known.getHeaders()).body(known.getBody());
		}
		String id = java.util.UUID.randomUUID().toString();
		log.error("API request failed (problem {})", id, ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"The server could not answer; the error is logged as " + id);
		problem.setTitle("Internal error");
		problem.setProperty("problemId", id);
		return ResponseEntity.internalServerError().body(problem);
	}

	static ProblemDetail problem(String parameter, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle("Invalid parameter: " + parameter);
		problem.setProperty(PARAMETER, parameter);
		return problem;
	}

}
