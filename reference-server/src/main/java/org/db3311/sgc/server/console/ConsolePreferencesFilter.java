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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Chooses the language and text size of the pages a request renders ({@link ConsoleTexts}): the
 * reader's cookies when set by the switch ({@link ConsolePreferencesResource}); otherwise, on a
 * first visit, a browser that prefers English to Chinese gets English; otherwise Chinese, the
 * console's default. It runs first, before any filter that may itself render a page.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
public class ConsolePreferencesFilter implements ContainerRequestFilter, ContainerResponseFilter {

  /** A form's POST under a matter renders the matter page, whose own address is this prefix. */
  private static final Pattern MATTER_ACTION = Pattern.compile("^(/console/matters/[^/]+)/.+$");

  @Override
  public void filter(ContainerRequestContext request) {
    Map<String, Cookie> cookies = request.getCookies();
    ConsoleTexts.use(
        new ConsoleTexts(
            language(
                value(cookies, ConsolePreferencesResource.LANGUAGE_COOKIE),
                request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)),
            ConsolePreferencesResource.LARGE.equals(
                value(cookies, ConsolePreferencesResource.TEXT_COOKIE)),
            here(request)));
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    ConsoleTexts.use(null);
  }

  private static String value(Map<String, Cookie> cookies, String name) {
    Cookie c = cookies.get(name);
    return c == null ? null : c.getValue();
  }

  /** The cookie's language; without one, the browser's first choice of the two; else Chinese. */
  static ConsoleTexts.Language language(String cookie, String acceptLanguage) {
    var chosen = ConsoleTexts.Language.of(cookie);
    if (chosen.isPresent()) {
      return chosen.get();
    }
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return ConsoleTexts.Language.CHINESE;
    }
    try {
      String tag =
          Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), List.of("zh", "en"));
      return "en".equals(tag) ? ConsoleTexts.Language.ENGLISH : ConsoleTexts.Language.CHINESE;
    } catch (IllegalArgumentException e) {
      // a header the browser garbled chooses nothing
      return ConsoleTexts.Language.CHINESE;
    }
  }

  /** Where a switch on this page comes back to: the page's address, as a GET can open it. */
  private static String here(ContainerRequestContext request) {
    var uri = request.getUriInfo().getRequestUri();
    String path = uri.getRawPath();
    if (path == null || path.isEmpty()) {
      path = "/";
    }
    if (!"GET".equals(request.getMethod())) {
      var m = MATTER_ACTION.matcher(path);
      return m.matches() ? m.group(1) : path;
    }
    return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
  }
}
