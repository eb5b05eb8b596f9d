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

  /**
   * The pages a POST-only path renders, by the GET page's address: a form's POST under a matter
   * renders the matter page, a report's sign-off or revision the report page, a follow-up of
   * feedback the feedback page. A switch must come back to a page a GET can open, never to the
   * POST's own path (a 405). The query is kept where the page reads it (the report's county).
   */
  private static final List<PostPage> POST_PAGES =
      List.of(
          new PostPage(Pattern.compile("^(/console/matters/[^/]+)/.+$"), false),
          new PostPage(
              Pattern.compile("^(/console/reports/[^/]+)/(?:sign-off|revisions)/?$"), true),
          new PostPage(Pattern.compile("^(/public/feedback)/.+$"), false),
          new PostPage(Pattern.compile("^(/console)/logout/?$"), false));

  private record PostPage(Pattern path, boolean keepQuery) {}

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
    return here(request.getMethod(), uri.getRawPath(), uri.getRawQuery());
  }

  /**
   * The GET page of a request: a GET's own address with its query; for a POST, the page its answer
   * shows (the form's page), which is its own path only where a GET serves that path too.
   */
  static String here(String method, String rawPath, String rawQuery) {
    String path = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
    if ("GET".equals(method) || "HEAD".equals(method)) {
      return rawQuery == null ? path : path + "?" + rawQuery;
    }
    for (PostPage p : POST_PAGES) {
      var m = p.path().matcher(path);
      if (m.matches()) {
        return p.keepQuery() && rawQuery != null ? m.group(1) + "?" + rawQuery : m.group(1);
      }
    }
    return path;
  }
}
