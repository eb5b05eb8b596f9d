package org.db3311.sgc.server.console;

import java.time.Instant;
import java.util.List;
import org.db3311.sgc.server.security.DemoIssuer;

/**
 * How the console's HTTP tests sign in: a demo token for a staff member, the console's cookie
 * carrying it (with the language preference when a test needs one), and the form's CSRF field.
 */
final class ConsoleCredentials {

  /** A demo token for a staff member of the division holding the roles. */
  static String token(String division, String... roles) {
    return DemoIssuer.instance()
        .issue(
            "u-" + division + "-" + String.join("-", roles),
            "测试员",
            division,
            List.of(roles),
            Instant.now());
  }

  /** The console's cookie carrying the token. */
  static String cookie(String token) {
    return ConsoleCookieFilter.COOKIE + "=" + token;
  }

  /** The console's cookie carrying the token, and the language cookie. */
  static String cookieWithLanguage(String token, String language) {
    return cookie(token) + "; " + ConsolePreferencesResource.LANGUAGE_COOKIE + "=" + language;
  }

  /** The value of a console form's CSRF field for the session the cookie carries. */
  static String csrf(String cookie) {
    return ConsoleCsrf.of(cookie.substring(cookie.indexOf('=') + 1));
  }

  private ConsoleCredentials() {}
}
