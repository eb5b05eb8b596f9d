package org.db3311.sgc.server.security;

import java.util.Objects;
import java.util.regex.Pattern;
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

  /** Compiled once: a scope is made on every request. */
  private static final Pattern CODE = Pattern.compile("\\d{6}|\\d{9}|\\d{12}");

  public DivisionScope {
    Objects.requireNonNull(code, "code");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "a division is a 6-, 9- or 12-digit code, not '" + code + "'");
    }
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
