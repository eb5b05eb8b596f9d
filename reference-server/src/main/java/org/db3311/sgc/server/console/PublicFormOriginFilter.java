package org.db3311.sgc.server.console;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Refuses (403, as a page) a POST to a public form ({@code /public/…}) or to the console's login
 * that a browser says came from another site, so that a page elsewhere cannot make a visitor's
 * browser file feedback or look up a matter in their name. The public forms have no login and so no
 * session to tie a token to; the browser's own account of where the request came from is the check:
 *
 * <ol>
 *   <li>{@code Sec-Fetch-Site} (sent by every current browser) is trusted when present: {@code
 *       same-origin} and {@code none} (typed, bookmarked) pass, {@code same-site} and {@code
 *       cross-site} are refused — a sibling host is another origin too.
 *   <li>Else {@code Origin}, when present, must name this server's own host and port (as the {@code
 *       Host} header gives them); {@code Origin: null} (a sandboxed or privacy-stripped context) is
 *       refused.
 *   <li>A request with neither header is let through: it is not from a browser that would carry
 *       another site's forged form (every browser that posts a form across sites sends one of the
 *       two), but from a client such as {@code curl} or a kiosk script, which acts for itself.
 * </ol>
 *
 * The console's login form ({@code /console/login}) is checked the same way: it carries no session
 * yet, so the console's CSRF token cannot guard it, and a forged login would sign the visitor in as
 * someone else (whose work they would then do in that name).
 *
 * <p>Everything else about the request is left to the resource and its checks (rate limit, fields).
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 95)
public class PublicFormOriginFilter implements ContainerRequestFilter {

  /** What the filter made of a request. */
  enum Verdict {
    SAME_ORIGIN,
    NO_BROWSER_HEADERS,
    CROSS_SITE
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (!"POST".equals(request.getMethod())) {
      return;
    }
    String path = request.getUriInfo().getPath();
    if (path.startsWith("/")) {
      path = path.substring(1);
    }
    boolean login = path.equals("console/login");
    if (!(login || path.equals("public") || path.startsWith("public/"))) {
      return;
    }
    Verdict v =
        verdict(
            request.getHeaderString("Sec-Fetch-Site"),
            request.getHeaderString("Origin"),
            request.getHeaderString("Host"));
    if (v == Verdict.CROSS_SITE) {
      ConsoleTexts t = ConsoleTexts.current();
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("title", t.text("publicOrigin.title"));
      p.put("message", t.text(login ? "loginOrigin.message" : "publicOrigin.message"));
      p.put("home", login ? "/console/login" : "/public/matters");
      p.put("homeText", t.text(login ? "loginOrigin.back" : "publicOrigin.back"));
      request.abortWith(
          Response.status(403)
              .type("text/html; charset=UTF-8")
              .header("Cache-Control", "no-store")
              .header("X-Content-Type-Options", "nosniff")
              .header("Referrer-Policy", "no-referrer")
              .entity(ConsoleResource.render("console/error.jte", p))
              .build());
    }
  }

  /** The rule above, on the three headers as sent (null when absent). */
  static Verdict verdict(String fetchSite, String origin, String host) {
    if (fetchSite != null && !fetchSite.isBlank()) {
      return switch (fetchSite.strip().toLowerCase(Locale.ROOT)) {
        case "same-origin", "none" -> Verdict.SAME_ORIGIN;
        default -> Verdict.CROSS_SITE;
      };
    }
    if (origin == null || origin.isBlank()) {
      return Verdict.NO_BROWSER_HEADERS;
    }
    return host != null && sameHost(origin.strip(), host.strip())
        ? Verdict.SAME_ORIGIN
        : Verdict.CROSS_SITE;
  }

  /** Whether {@code origin} (scheme://host[:port]) names {@code host} (host[:port]). */
  private static boolean sameHost(String origin, String host) {
    URI o;
    try {
      o = new URI(origin);
    } catch (URISyntaxException e) {
      return false;
    }
    if (o.getHost() == null || o.getScheme() == null) {
      return false; // "null" and anything else that names no host
    }
    int port = o.getPort() >= 0 ? o.getPort() : defaultPort(o.getScheme());
    String hostName = host;
    int hostPort = defaultPort(o.getScheme());
    int colon = host.lastIndexOf(':');
    if (colon > 0 && colon > host.lastIndexOf(']')) {
      hostName = host.substring(0, colon);
      try {
        hostPort = Integer.parseInt(host.substring(colon + 1));
      } catch (NumberFormatException e) {
        return false;
      }
    }
    return o.getHost().equalsIgnoreCase(hostName) && port == hostPort;
  }

  private static int defaultPort(String scheme) {
    return "https".equalsIgnoreCase(scheme) ? 443 : 80;
  }
}
