package org.db3311.sgc.core.intake;

import java.util.Objects;
import org.db3311.sgc.core.common.DivisionCode;

/**
 * How a center's intake is set up: its county (which numbers the matters), the taxonomy, the
 * materials each category needs and the repeat-detection window.
 */
public record IntakeConfiguration(
    DivisionCode county,
    CategoryTaxonomy taxonomy,
    MaterialRequirements materials,
    RepeatDetectionRule repeats) {

  public IntakeConfiguration {
    Objects.requireNonNull(county, "county");
    if (!county.isCountyLevel()) {
      throw new IllegalArgumentException("a center belongs to a county, not " + county);
    }
    Objects.requireNonNull(taxonomy, "taxonomy");
    Objects.requireNonNull(materials, "materials");
    Objects.requireNonNull(repeats, "repeats");
  }

  /** The default set-up for a county: seed taxonomy, 6.1.2's materials, a 90-day window. */
  public IntakeConfiguration(DivisionCode county) {
    this(
        county,
        CategoryTaxonomy.defaults(),
        MaterialRequirements.defaults(),
        RepeatDetectionRule.defaults());
  }
}
