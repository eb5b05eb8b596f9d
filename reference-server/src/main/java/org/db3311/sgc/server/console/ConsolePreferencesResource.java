package org.db3311.sgc.server.console;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.db3311.sgc.server.http.PublicEndpoint;
import org.db3311.sgc.server.http.Requests;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The reader's switches on every page: the language (Chinese, the default, or English) and the
 * large-text mode (main text at least 18 pt, in the spirit of the rules for older readers, 适老化). A
 * switch is a plain link, so it works without script and before login: it keeps the choice in a
 * cookie for the whole site (console, public pages, hall displays) and goes back to the page.
 */
@Path("/console/preferences")
@RequestScoped
@PermitAll
@PublicEndpoint
public class ConsolePreferencesResource {

  /** The cookie holding the language code ({@link ConsoleTexts.Language#code()}). */
  public static final String LANGUAGE_COOKIE = "sgc_lang";

  /** The cookie holding the text size, {@value #LARGE} or {@value #NORMAL}. */
  public static final String TEXT_COOKIE = "sgc_text";

  public static final String LARGE = "large";
  public static final String NORMAL = "normal";

  /** A preference lasts; it is not a credential and says nothing about the reader. */
  static final Duration KEPT = Duration.ofDays(365);

  @GET
  @Operation(hidden = true)
  public Response set(
      @QueryParam("lang") String lang,
      @QueryParam("text") String text,
      @QueryParam("back") String back) {
    List<NewCookie> cookies = new ArrayList<>();
    if (lang != null) {
      ConsoleTexts.Language l =
          ConsoleTexts.Language.of(lang)
              .orElseThrow(() -> Requests.invalid("lang", "zh or en, not " + lang));
      cookies.add(cookie(LANGUAGE_COOKIE, l.code()));
    }
    if (text != null) {
      if (!text.equals(LARGE) && !text.equals(NORMAL)) {
        throw Requests.invalid("text", LARGE + " or " + NORMAL + ", not " + text);
      }
      cookies.add(cookie(TEXT_COOKIE, text));
    }
    return Response.seeOther(URI.create(back(back)))
        .cookie(cookies.toArray(NewCookie[]::new))
        .header("Cache-Control", "no-store")
        .build();
  }

  /**
   * The page to go back to: a path of this server only, so the link cannot send a reader elsewhere
   * (an open redirect); without one, the console's home.
   */
  static String back(String back) {
    if (back == null || back.isBlank()) {
      return "/console";
    }
    if (!back.startsWith("/")
        || back.startsWith("//")
        || back.startsWith("/\\")
        || back.chars().anyMatch(c -> c < 0x21 || c == '\\')) {
      throw Requests.invalid("back", "a path of this server, such as /console");
    }
    try {
      URI u = URI.create(back);
      if (u.getScheme() != null || u.getRawAuthority() != null) {
        throw Requests.invalid("back", "a path of this server, such as /console");
      }
    } catch (IllegalArgumentException e) {
      throw Requests.invalid("back", "a path of this server, such as /console");
    }
    return back;
  }

  private static NewCookie cookie(String name, String value) {
    return new NewCookie.Builder(name)
        .value(value)
        .path("/")
        .sameSite(NewCookie.SameSite.LAX)
        .httpOnly(true)
        .maxAge((int) KEPT.toSeconds())
        .build();
  }
}
