package org.db3311.sgc.server.console;

import jakarta.enterprise.inject.spi.CDI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.db3311.sgc.server.wiring.Centers;
import org.db3311.sgc.server.wiring.DerivedKeys;

/**
 * The console's CSRF token (in addition to the SameSite=Strict cookie): one per session, the HMAC
 * of the session's token under a key derived from the deployment's secret with a label of its own.
 * Nothing is stored; a new login gives a new token, and it cannot be computed without the secret.
 * Every console form carries it in the hidden field {@value #FIELD}; {@link ConsoleCsrfFilter}
 * refuses a POST without it.
 */
public final class ConsoleCsrf {
  private ConsoleCsrf() {}

  /** The hidden form field. */
  public static final String FIELD = "_csrf";

  /** The header a script may send instead (htmx sends the form's field anyway). */
  public static final String HEADER = "X-CSRF-Token";

  /** The token of a session, from its cookie's value; empty without a session. */
  public static String of(String session) {
    if (session == null || session.isBlank()) {
      return "";
    }
    Centers centers = CDI.current().select(Centers.class).get();
    Centers.County any =
        centers
            .of(centers.counties().getFirst())
            .orElseThrow(() -> new IllegalStateException("no county is served"));
    byte[] key = DerivedKeys.of(any.store().settings(), "sgc console csrf v1");
    return Base64.getUrlEncoder().withoutPadding().encodeToString(DerivedKeys.hmac(key, session));
  }

  /** Whether {@code given} is the session's token; compared in constant time. */
  public static boolean matches(String session, String given) {
    if (given == null || given.isBlank() || session == null || session.isBlank()) {
      return false;
    }
    return MessageDigest.isEqual(
        of(session).getBytes(StandardCharsets.US_ASCII),
        given.strip().getBytes(StandardCharsets.US_ASCII));
  }
}
