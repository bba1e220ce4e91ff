package se.samverkanskartan.api;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * 405 with {@code Allow} for a wrong method on an API path. Global, because Spring finds
 * no handler then, and a package-bound advice only answers for its own handlers.
 */
@RestControllerAdvice
class WrongMethodProblems {

	@ExceptionHandler
	ResponseEntity<ProblemDetail> wrongMethod(HttpRequestMethodNotSupportedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.METHOD_NOT_ALLOWED,
				"Method " + ex.getMethod() + " is not allowed here; allowed: " + ex.getSupportedHttpMethods());
		problem.setTitle("Method not allowed");
		HttpHeaders headers = new HttpHeaders();
		headers.setAllow(ex.getSupportedHttpMethods());
		return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).headers(headers).body(problem);
	}

}
