package org.db3311.sgc.server.http;

import java.util.regex.Pattern;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.server.security.Caller;
import org.db3311.sgc.server.wiring.Centers;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What the public endpoints of chapter 9 share (the feedback channel of 9.1 and the re-check board
 * of 9.3.3): the county a caller without a token names, and text shown to anyone with phone and
 * identity numbers masked.
 */
public final class PublicAccess {
  private PublicAccess() {}

  private static final Pattern ID_NUMBER =
      Pattern.compile("(?<!\\d)(\\d{6})\\d{8}(\\d{3}[\\dXx])(?!\\d)");
  private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(1\\d{2})\\d{4}(\\d{4})(?!\\d)");

  /**
   * Whether the request carries a verified token: on a public endpoint the security context has a
   * principal (anonymous) either way, the token a subject only when one was sent.
   */
  public static boolean signedIn(JsonWebToken token) {
    try {
      return token != null && token.getSubject() != null;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /**
   * The county a public read concerns: {@code county} as given, else the county of a signed-in
   * caller; the public names it ({@code ?county=331102}) since nothing else says which center they
   * address. 400 when absent or malformed, 404 when this deployment does not serve it.
   */
  public static Centers.County county(
      Centers centers, Caller caller, JsonWebToken token, String county) {
    if (county == null || county.isBlank()) {
      if (signedIn(token)) {
        DivisionCode own =
            caller
                .scope()
                .county()
                .orElseThrow(
                    () -> Requests.invalid("county", "required: your division covers several"));
        return centers.of(own).orElseThrow(() -> Requests.notServed(own.value()));
      }
      throw Requests.invalid("county", "required: the county's division code, e.g. 331102");
    }
    DivisionCode code;
    try {
      code = DivisionCode.of(county.strip());
    } catch (IllegalArgumentException e) {
      throw Requests.invalid("county", e.getMessage());
    }
    return centers.of(code).orElseThrow(() -> Requests.notServed(code.value()));
  }

  /**
   * Text shown to the public with resident identity numbers and mobile numbers masked as {@link
   * org.db3311.sgc.server.security.Masking} masks them: a complaint's wording travels into findings
   * and re-check notes, and may name a person.
   */
  public static String text(String text) {
    if (text == null) {
      return null;
    }
    String masked = ID_NUMBER.matcher(text).replaceAll("$1********$2");
    return MOBILE.matcher(masked).replaceAll("$1****$2");
  }
}
