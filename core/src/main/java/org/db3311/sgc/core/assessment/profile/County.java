package org.db3311.sgc.core.assessment.profile;

import java.util.Objects;
import org.db3311.sgc.core.common.DivisionCode;

/**
 * The county-level division (县、市、区) whose center is assessed: its GB/T 2260 code and name.
 *
 * @param code a county-level division code, e.g. 331121
 * @param name the division's name as the exterior sign must show it, e.g. 青田县
 */
public record County(DivisionCode code, String name) {

  public County {
    Objects.requireNonNull(code, "county code");
    if (!code.isCountyLevel()) {
      throw new IllegalArgumentException(
          "county code " + code + " names a city or province, not a county-level division");
    }
    Checks.text(name, "county name");
  }

  public static County of(String code, String name) {
    return new County(DivisionCode.of(code), name);
  }
}
