/**
 * The read-only REST API (JSON) with its OpenAPI description: /api/**, /v3/api-docs,
 * /swagger-ui.html. Errors are RFC 9457 problem details that name the parameter.
 */
@org.springframework.modulith.ApplicationModule(displayName = "REST API")
package se.samverkanskartan.api;
