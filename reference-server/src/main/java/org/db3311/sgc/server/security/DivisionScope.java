package org.db3311.sgc.server.security;

import java.util.Objects;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.intake.Place;

/**
 * The administrative area a member of staff works for, from the {@code division} claim of the
 * token: a province (330000), a city (331100), a county (331102), a township or street (331102001)
 * or a village (331102001001). Staff see and change only matters whose place lies within it.
 *
 * @param code the division code as the token carries it
 */
public record DivisionScope(String code) {

  public DivisionScope {
    Objects.requireNonNull(code, "code");
    if (!wellFormed(code)) {
      throw new IllegalArgumentException(
          "a division is a 6-, 9- or 12-digit code, not '" + code + "'");
    }
  }

  /**
   * Whether {@code code} is 6, 9 or 12 ASCII digits (what {@code \d{6}|\d{9}|\d{12}} accepts):
   * checked on every request, where compiling that expression each time was a regular cost.
   */
  private static boolean wellFormed(String code) {
    int n = code.length();
    if (n != 6 && n != 9 && n != 12) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = code.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The digits every place inside this area starts with. */
  public String prefix() {
    if (code.length() > 6) {
      return code;
    }
    if (code.endsWith("0000")) {
      return code.substring(0, 2);
    }
    if (code.endsWith("00")) {
      return code.substring(0, 4);
    }
    return code;
  }

  /** Whether {@code place} lies inside this area, judged by its most precise known code. */
  public boolean covers(Place place) {
    String where =
        place
            .villageCode()
            .map(Object::toString)
            .or(() -> place.townshipCode().map(Object::toString))
            .orElse(place.county().value());
    return where.startsWith(prefix());
  }

  /** Whether the whole county lies inside this area (a county or wider scope). */
  public boolean coversCounty(DivisionCode county) {
    return code.length() == 6 && county.value().startsWith(prefix());
  }

  /** The county of this scope, when it is a county or narrower. */
  public java.util.Optional<DivisionCode> county() {
    if (code.length() == 6 && !code.endsWith("00")) {
      return java.util.Optional.of(DivisionCode.of(code));
    }
    if (code.length() > 6) {
      return java.util.Optional.of(DivisionCode.of(code.substring(0, 6)));
    }
    return java.util.Optional.empty();
  }
}
