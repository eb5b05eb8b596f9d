package org.db3311.sgc.core.intake;

import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.common.AreaCode;
import org.db3311.sgc.core.common.DivisionCode;

/**
 * The places a matter search covers: a division and everything within it, by the leading digits of
 * the division codes — a province ({@code 330000}: {@code 33…}), a city ({@code 331100}: every
 * county of {@code 3311…}), a county ({@code 331121}: its matters, whatever township) or a township
 * or street ({@code 331121001}: the matters registered with that township code). A county's scope
 * never covers a neighbour's: {@code 331102} does not cover {@code 331121}.
 *
 * @param code a GB/T 2260 division code (six digits) or a township's statistical code (nine)
 */
public record PlaceScope(String code) {

  /** How wide a scope is. */
  public enum Level {
    PROVINCE,
    CITY,
    COUNTY,
    TOWNSHIP
  }

  public PlaceScope {
    Objects.requireNonNull(code, "code");
    if (code.length() == 9) {
      AreaCode.of(code);
    } else if (code.length() == 6) {
      DivisionCode.of(code);
    } else {
      throw new IllegalArgumentException(
          "a place scope is a six-digit division code or a nine-digit township code, not '"
              + code
              + "'");
    }
  }

  public static PlaceScope of(String code) {
    return new PlaceScope(code);
  }

  public static PlaceScope of(DivisionCode division) {
    return new PlaceScope(division.value());
  }

  /** A township or street; a village code is not a scope. */
  public static PlaceScope of(AreaCode township) {
    if (!township.isTownship()) {
      throw new IllegalArgumentException(township + " is not a township or street code");
    }
    return new PlaceScope(township.value());
  }

  public Level level() {
    if (code.length() == 9) {
      return Level.TOWNSHIP;
    }
    if (code.endsWith("0000")) {
      return Level.PROVINCE;
    }
    return code.endsWith("00") ? Level.CITY : Level.COUNTY;
  }

  /** The digits every covered place's code starts with. */
  public String prefix() {
    return switch (level()) {
      case PROVINCE -> code.substring(0, 2);
      case CITY -> code.substring(0, 4);
      case COUNTY, TOWNSHIP -> code;
    };
  }

  /**
   * The county of a county or township scope; the scope itself otherwise. A search of a township
   * reads its county's matters by the county first.
   */
  public DivisionCode division() {
    return DivisionCode.of(code.substring(0, 6));
  }

  /**
   * True when the place lies in this scope: its township code (or, without one, its county code)
   * starts with {@link #prefix()}. A place known by township name only is covered by its county and
   * wider scopes, not by a township's.
   */
  public boolean covers(Place place) {
    return covers(place.county(), place.townshipCode());
  }

  /** {@link #covers(Place)} by the codes alone. */
  public boolean covers(DivisionCode county, Optional<AreaCode> townshipCode) {
    return townshipCode.map(AreaCode::value).orElse(county.value()).startsWith(prefix());
  }

  @Override
  public String toString() {
    return code;
  }
}
