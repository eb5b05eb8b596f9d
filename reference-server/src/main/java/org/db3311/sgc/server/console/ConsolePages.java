package org.db3311.sgc.server.console;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.db3311.sgc.core.common.NotFoundException;
import org.db3311.sgc.server.problem.Problem;
import org.db3311.sgc.server.problem.ProblemMappers;
import org.db3311.sgc.server.wiring.Wiring;

/**
 * What the console's resources share: the HTML response with its headers, a page that turns what
 * went wrong into the console's error page (never the API's JSON, which a browser shows raw), the
 * reading of form fields, and the time format of every page.
 */
final class ConsolePages {

  /** How the console shows a moment: minutes, in the county's zone. */
  static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private ConsolePages() {}

  static String when(Instant at) {
    return WHEN.format(ZonedDateTime.ofInstant(at, Wiring.ZONE));
  }

  /** An HTML page the browser neither caches nor sniffs nor tells other sites about. */
  static Response html(int status, String body) {
    return Response.status(status)
        .type("text/html; charset=UTF-8")
        .header("Cache-Control", "no-store")
        .header("X-Content-Type-Options", "nosniff")
        .header("Referrer-Policy", "no-referrer")
        .entity(body)
        .build();
  }

  /**
   * A page, or the error page with the status the API would answer for what went wrong (400, 403,
   * 404, 409 …): a browser gets the console's page, never the API's JSON. Anything unexpected is a
   * 500 whose detail goes to the server's log, not to the reader.
   */
  static Response page(Supplier<String> body) {
    try {
      return html(200, body.get());
    } catch (NotFoundException e) {
      return error(404, ConsoleTexts.current().text("error.notFoundDetail", e.getMessage()));
    } catch (RuntimeException e) {
      // the API's mappers choose the status and the words; an unexpected one is logged there
      return problem(ProblemMappers.problemOf(e));
    }
  }

  /** The error page of a problem, with the fields it names; a 5xx says only that it failed. */
  static Response problem(Problem problem) {
    ConsoleTexts t = ConsoleTexts.current();
    if (problem.status() == 500) {
      return error(problem.status(), t.text("error.internalDetail"));
    }
    String detail = problem.detail();
    for (Problem.FieldError fe : problem.errors()) {
      detail += t.text("error.field", fe.path(), fe.reason());
    }
    return error(problem.status(), t.text("error.problem", problem.title(), detail));
  }

  /** The console's error page: a title for the status and what went wrong. */
  static Response error(int status, String message) {
    ConsoleTexts t = ConsoleTexts.current();
    String title =
        switch (status) {
          case 403 -> t.text("error.forbidden");
          case 404 -> t.text("error.notFound");
          case 409 -> t.text("error.conflict");
          default -> status >= 500 ? t.text("error.internal") : t.text("error.badRequest");
        };
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("title", title);
    p.put("message", message);
    return html(status, ConsoleResource.render("console/error.jte", p));
  }

  /** A form field, stripped; empty when absent. */
  static String text(MultivaluedMap<String, String> form, String field) {
    return Objects.requireNonNullElse(form.getFirst(field), "").strip();
  }

  /** A value stripped, or null when blank or absent. */
  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
