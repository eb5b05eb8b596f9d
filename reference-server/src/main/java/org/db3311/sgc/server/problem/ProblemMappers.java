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
    @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException e) {
      if (e instanceof Problem.Exception p) {
        return p.problem().toResponse();
      }
      if (e instanceof jakarta.ws.rs.NotFoundException) {
        if (uri != null
            && !uri.getPath().startsWith("api/")
            && !uri.getPath().startsWith("/api/")) {
          // left untouched so that Helidon routes the request on to its other features (health,
          // metrics, openapi); its own fallback answers what none of them serves
          return e.getResponse();
        }
        return unknownPath();
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

  /**
   * The problem an exception leaves the server as, chosen as the mappers above choose it: for the
   * console's pages, which show it as HTML with the same status the API would answer.
   */
  public static Problem problemOf(RuntimeException e) {
    Response r =
        switch (e) {
          case Problem.Exception p -> p.problem().toResponse();
          case org.db3311.sgc.core.common.NotFoundException n -> new NotFound().toResponse(n);
          case org.db3311.sgc.core.common.IllegalTransitionException t ->
              new Transition().toResponse(t);
          case org.db3311.sgc.core.common.OptimisticLockException l -> new Lock().toResponse(l);
          case org.db3311.sgc.core.common.RecipientRefusedException x ->
              new Refused().toResponse(x);
          case IllegalArgumentException i -> new Invalid().toResponse(i);
          case IllegalStateException i -> new State().toResponse(i);
          default -> new Unexpected().toResponse(e);
        };
    return (Problem) r.getEntity();
  }

  static Response unknownPath() {
    return Problem.of(
            Response.Status.NOT_FOUND,
            URI.create("urn:db3311:problem:unknown-path"),
            "No such resource",
            "Nothing is served at this path; the API is described at /openapi.")
        .toResponse();
  }

  /** A record that was asked for and does not exist. */
  @Provider
  public static final class NotFound
      implements ExceptionMapper<org.db3311.sgc.core.common.NotFoundException> {
    @Override
    public Response toResponse(org.db3311.sgc.core.common.NotFoundException e) {
      return Problem.of(
              Response.Status.NOT_FOUND,
              URI.create("urn:db3311:problem:not-found"),
              "Not found",
              "No " + e.aggregateType() + " '" + e.aggregateId() + "'.")
          .toResponse();
    }
  }

  /** What the core refused as invalid input: the client's mistake, told in the core's words. */
  @Provider
  public static final class Invalid implements ExceptionMapper<IllegalArgumentException> {
    @Override
    public Response toResponse(IllegalArgumentException e) {
      return new Problem(
              URI.create("urn:db3311:problem:invalid-request"),
              "Invalid request",
              400,
              e.getMessage() == null ? "The request is not valid." : e.getMessage(),
              java.util.List.of())
          .toResponse();
    }
  }

  /** A step the workflow does not allow from the state the record is in. */
  @Provider
  public static final class Transition
      implements ExceptionMapper<org.db3311.sgc.core.common.IllegalTransitionException> {
    @Override
    public Response toResponse(org.db3311.sgc.core.common.IllegalTransitionException e) {
      return conflict("urn:db3311:problem:illegal-transition", "Not allowed now", e.getMessage());
    }
  }

  /** Two changes raced; this one lost and changed nothing. */
  @Provider
  public static final class Lock
      implements ExceptionMapper<org.db3311.sgc.core.common.OptimisticLockException> {
    @Override
    public Response toResponse(org.db3311.sgc.core.common.OptimisticLockException e) {
      return conflict(
          "urn:db3311:problem:concurrent-change",
          "Changed by someone else",
          "Another change to this record was saved first; nothing of yours was written. Read it"
              + " again and retry.");
    }
  }

  /** A rule of the domain that the record's current state does not allow. */
  @Provider
  public static final class State implements ExceptionMapper<IllegalStateException> {
    @Override
    public Response toResponse(IllegalStateException e) {
      return conflict("urn:db3311:problem:state-conflict", "Not allowed now", e.getMessage());
    }
  }

  /** Another body (the city center, a court, a source platform) refused what was sent to it. */
  @Provider
  public static final class Refused
      implements ExceptionMapper<org.db3311.sgc.core.common.RecipientRefusedException> {
    @Override
    public Response toResponse(org.db3311.sgc.core.common.RecipientRefusedException e) {
      return new Problem(
              URI.create("urn:db3311:problem:recipient-refused"),
              "Refused by " + e.recipient(),
              502,
              e.recipient()
                  + " refused "
                  + e.subject()
                  + "; nothing was changed here. Correct what it names and try again.",
              java.util.List.of())
          .toResponse();
    }
  }

  static Response conflict(String type, String title, String detail) {
    return new Problem(URI.create(type), title, 409, detail, java.util.List.of()).toResponse();
  }

  /** Anything unexpected is a 500 whose detail does not leak internals; the log keeps the cause. */
  @Provider
  public static final class Unexpected implements ExceptionMapper<RuntimeException> {
    @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri;

    private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

    @Override
    public Response toResponse(RuntimeException e) {
      if (e instanceof WebApplicationException w) {
        WebApplication m = new WebApplication();
        m.uri = uri;
        return m.toResponse(w);
      }
      if (e instanceof jakarta.json.bind.JsonbException
          || e instanceof jakarta.json.JsonException
          || e instanceof jakarta.ws.rs.ProcessingException) {
        return new Problem(
                URI.create("urn:db3311:problem:malformed-body"),
                "Malformed request body",
                400,
                "The body is not JSON of the expected shape.",
                java.util.List.of())
            .toResponse();
      }
      LOG.log(Level.SEVERE, "unexpected error", e);
      return internal().toResponse();
    }
  }

  /** The 500 problem: its detail does not leak internals (the log keeps the cause). */
  public static Problem internal() {
    return Problem.of(
        Response.Status.INTERNAL_SERVER_ERROR,
        URI.create("urn:db3311:problem:internal"),
        "Internal error",
        "The server failed to handle the request; nothing was changed by it.");
  }
}
