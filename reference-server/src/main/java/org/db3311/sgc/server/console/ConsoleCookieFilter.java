package org.db3311.sgc.server.console;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * The console's session: the browser keeps the bearer token in an HttpOnly, SameSite=Strict cookie
 * (script on the page never sees it), and this filter hands it to the server's ordinary JWT check
 * as an {@code Authorization} header — for {@code /console} paths only, so the API keeps accepting
 * nothing but the header. A console page a browser may not open without logging in sends it to the
 * login form instead of answering a bare 401.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class ConsoleCookieFilter implements ContainerRequestFilter, ContainerResponseFilter {

  /** The cookie holding the token. */
  public static final String COOKIE = "sgc_console";

  @Override
  public void filter(ContainerRequestContext request) {
    if (!isConsole(request)) {
      return;
    }
    // a header sent on purpose wins; the cookie is only the browser's way to carry it
    if (request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
      return;
    }
    Cookie c = request.getCookies().get(COOKIE);
    if (c != null && c.getValue() != null && !c.getValue().isBlank()) {
      request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + c.getValue());
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (isConsole(request)
        && response.getStatus() == 401
        && "GET".equals(request.getMethod())
        && !request.getUriInfo().getPath().startsWith("console/static")) {
      response.setStatus(303);
      response.getHeaders().putSingle(HttpHeaders.LOCATION, "/console/login");
      response.setEntity(null);
    }
  }

  private static boolean isConsole(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    if (path.startsWith("/")) {
      path = path.substring(1);
    }
    return path.equals("console") || path.startsWith("console/");
  }
}
