package org.db3311.sgc.server.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every error leaves the server as RFC 9457 problem details, never as an HTML page. */
public final class ProblemMappers {

  private ProblemMappers() {}

  /** JAX-RS errors (405, 415, …) keep their status. */
  @Provider
  public static final class WebApplication implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      if (e instanceof Problem.Exception p) {
        return p.problem().toResponse();
      }
      if (e instanceof jakarta.ws.rs.NotFoundException) {
        // left untouched so that Helidon routes the request on to its other features (health)
        return e.getResponse();
      }
      Response.StatusType status = e.getResponse().getStatusInfo();
      return new Problem(
              URI.create("urn:db3311:problem:http-" + status.getStatusCode()),
              status.getReasonPhrase(),
              status.getStatusCode(),
              e.getMessage(),
              java.util.List.of())
          .toResponse();
    }
  }

  /** Anything unexpected is a 500 whose detail does not leak internals; the log keeps the cause. */
  @Provider
  public static final class Unexpected implements ExceptionMapper<RuntimeException> {
    private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

    @Override
    public Response toResponse(RuntimeException e) {
      if (e instanceof WebApplicationException w) {
        return new WebApplication().toResponse(w);
      }
      LOG.log(Level.SEVERE, "unexpected error", e);
      return Problem.of(
              Response.Status.INTERNAL_SERVER_ERROR,
              URI.create("urn:db3311:problem:internal"),
              "Internal error",
              "The server failed to handle the request; nothing was changed by it.")
          .toResponse();
    }
  }
}
