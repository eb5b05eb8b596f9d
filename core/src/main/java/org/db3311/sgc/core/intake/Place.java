package org.db3311.sgc.core.intake;

import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.AreaCode;
import org.db3311.sgc.core.common.DivisionCode;

/**
 * Where a matter arose (发生地点, 6.4.1.1): the county-level division, the township or street (乡镇（街道）)
 * by name and by its statistical code when known, the village or community (村、社区) code when known,
 * and the address. The codes are what reports count places by.
 */
@Implements("6.4.1.1")
public record Place(
    DivisionCode county,
    Optional<String> township,
    String address,
    Optional<AreaCode> townshipCode,
    Optional<AreaCode> villageCode) {

  public Place {
    Objects.requireNonNull(county, "county");
    Objects.requireNonNull(township, "township");
    township = township.map(String::strip).filter(t -> !t.isEmpty());
    if (address == null || address.isBlank()) {
      throw new IllegalArgumentException("a place needs an address");
    }
    Objects.requireNonNull(townshipCode, "townshipCode");
    Objects.requireNonNull(villageCode, "villageCode");
    if (townshipCode.isPresent()
        && (!townshipCode.get().isTownship() || !townshipCode.get().county().equals(county))) {
      throw new IllegalArgumentException(
          townshipCode.get() + " is not a township or street code of " + county);
    }
    if (villageCode.isPresent()) {
      AreaCode v = villageCode.get();
      if (!v.isVillage() || townshipCode.isEmpty() || !v.township().equals(townshipCode.get())) {
        throw new IllegalArgumentException(
            v + " is not a village or community code within the place's township");
      }
    }
  }

  /** A place known by township name only. */
  public Place(DivisionCode county, Optional<String> township, String address) {
    this(county, township, address, Optional.empty(), Optional.empty());
  }

  public static Place of(String county, String township, String address) {
    return new Place(DivisionCode.of(county), Optional.ofNullable(township), address);
  }

  /** A place by its codes: the township or street, and the village or community when known. */
  public static Place coded(
      String townshipCode, String villageCode, String townshipName, String address) {
    AreaCode t = AreaCode.of(townshipCode);
    return new Place(
        t.county(),
        Optional.ofNullable(townshipName),
        address,
        Optional.of(t),
        Optional.ofNullable(villageCode).map(AreaCode::of));
  }

  /**
   * True when both places are in the same county and the same township: by code where both have
   * one, else by name where both are known.
   */
  public boolean sameArea(Place other) {
    return sameArea(other.county, other.township, other.townshipCode);
  }

  /**
   * {@link #sameArea(Place)} against an area known by its county and township alone (what a store
   * keeps in columns of a matter, {@link RepeatCandidate}).
   */
  public boolean sameArea(
      DivisionCode otherCounty, Optional<String> otherTownship, Optional<AreaCode> otherCode) {
    if (!county.equals(otherCounty)) {
      return false;
    }
    if (townshipCode.isPresent() && otherCode.isPresent()) {
      return townshipCode.equals(otherCode);
    }
    return township.equals(otherTownship) && township.isPresent();
  }
}
