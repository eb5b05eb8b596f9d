package org.db3311.sgc.server.console;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Refuses (403, as a page) a console POST that carries the session cookie but not the session's
 * CSRF token ({@link ConsoleCsrf}) in the form field {@code _csrf} or the header {@code
 * X-CSRF-Token}. A POST without the cookie carries no ambient credential and is left to the
 * ordinary checks; the login form, which has no session yet, is exempt.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 90)
public class ConsoleCsrfFilter implements ContainerRequestFilter {

  /** The largest form body read for the check (the registration form is far smaller). */
  static final int MAX_FORM = 256 * 1024;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!"POST".equals(request.getMethod())) {
      return;
    }
    String path = request.getUriInfo().getPath();
    if (path.startsWith("/")) {
      path = path.substring(1);
    }
    if (!(path.equals("console") || path.startsWith("console/")) || path.equals("console/login")) {
      return;
    }
    Cookie c = request.getCookies().get(ConsoleCookieFilter.COOKIE);
    String session = c == null ? null : c.getValue();
    if (session == null || session.isBlank()) {
      return;
    }
    String given = request.getHeaderString(ConsoleCsrf.HEADER);
    if (given == null
        && request.getMediaType() != null
        && request.getMediaType().isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
      byte[] body;
      try {
        body = request.getEntityStream().readNBytes(MAX_FORM + 1);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      // the resource reads the same form afterwards
      request.setEntityStream(new ByteArrayInputStream(body));
      if (body.length <= MAX_FORM) {
        given = field(new String(body, StandardCharsets.US_ASCII), ConsoleCsrf.FIELD);
      }
    }
    if (!ConsoleCsrf.matches(session, given)) {
      request.abortWith(
          Response.status(403)
              .type("text/html; charset=UTF-8")
              .header("Cache-Control", "no-store")
              .entity(
                  ConsoleResource.render(
                      "console/error.jte",
                      Map.of(
                          "title",
                          ConsoleTexts.current().text("csrf.title"),
                          "message",
                          ConsoleTexts.current().text("csrf.message"))))
              .build());
    }
  }

  /** The first value of {@code name} in a url-encoded form, decoded; null when absent. */
  static String field(String form, String name) {
    for (String pair : form.split("&")) {
      int eq = pair.indexOf('=');
      String k = eq < 0 ? pair : pair.substring(0, eq);
      try {
        if (URLDecoder.decode(k, StandardCharsets.UTF_8).equals(name)) {
          return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        }
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return null;
  }
}
