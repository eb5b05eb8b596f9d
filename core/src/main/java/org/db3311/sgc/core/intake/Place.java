package org.db3311.sgc.core.intake;

import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.common.DivisionCode;

/**
 * Where a matter arose: the county-level division, the township or street (乡镇（街道）) when known, and
 * the address.
 */
public record Place(DivisionCode county, Optional<String> township, String address) {

  public Place {
    Objects.requireNonNull(county, "county");
    Objects.requireNonNull(township, "township");
    township = township.map(String::strip).filter(t -> !t.isEmpty());
    if (address == null || address.isBlank()) {
      throw new IllegalArgumentException("a place needs an address");
    }
  }

  public static Place of(String county, String township, String address) {
    return new Place(DivisionCode.of(county), Optional.ofNullable(township), address);
  }

  /** True when both places are in the same county and, where both are known, the same township. */
  public boolean sameArea(Place other) {
    return county.equals(other.county) && township.equals(other.township) && township.isPresent();
  }
}
