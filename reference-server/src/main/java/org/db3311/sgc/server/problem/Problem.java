package org.db3311.sgc.server.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem details document.
 *
 * @param type a URI identifying the kind of problem
 * @param title a short, human-readable summary of the kind of problem
 * @param status the HTTP status code
 * @param detail an explanation specific to this occurrence
 * @param errors every individual error found, for validation problems (path and reason)
 */
public record Problem(URI type, String title, int status, String detail, List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** One validation error: where in the input, and why. */
  public record FieldError(String path, String reason) {}

  public static Problem of(Response.Status status, URI type, String title, String detail) {
    return new Problem(type, title, status.getStatusCode(), detail, List.of());
  }

  public Response toResponse() {
    return Response.status(status).type(MEDIA_TYPE).entity(this).build();
  }

  /** Thrown by resources to answer with a problem document. */
  public static final class Exception extends WebApplicationException {
    private final transient Problem problem;

    public Exception(Problem problem) {
      super(problem.detail(), problem.toResponse());
      this.problem = problem;
    }

    public Problem problem() {
      return problem;
    }
  }
}
