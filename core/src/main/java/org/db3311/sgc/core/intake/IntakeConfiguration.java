package org.db3311.sgc.core.intake;

import java.util.Objects;
import org.db3311.sgc.core.common.DivisionCode;

/**
 * How a center's intake is set up: its county (which numbers the matters), the taxonomy, the
 * materials each category needs, the repeat-detection window, the causes a clerk records and the
 * townships places are checked against.
 */
public record IntakeConfiguration(
    DivisionCode county,
    CategoryTaxonomy taxonomy,
    MaterialRequirements materials,
    RepeatDetectionRule repeats,
    CauseTaxonomy causes,
    DivisionRegistry divisions) {

  public IntakeConfiguration {
    Objects.requireNonNull(county, "county");
    if (!county.isCountyLevel()) {
      throw new IllegalArgumentException("a center belongs to a county, not " + county);
    }
    Objects.requireNonNull(taxonomy, "taxonomy");
    Objects.requireNonNull(materials, "materials");
    Objects.requireNonNull(repeats, "repeats");
    Objects.requireNonNull(causes, "causes");
    Objects.requireNonNull(divisions, "divisions");
  }

  /** A set-up with the seed causes and the shipped table of 丽水市's townships. */
  public IntakeConfiguration(
      DivisionCode county,
      CategoryTaxonomy taxonomy,
      MaterialRequirements materials,
      RepeatDetectionRule repeats) {
    this(county, taxonomy, materials, repeats, CauseTaxonomy.defaults(), DivisionRegistry.lishui());
  }

  /**
   * The default set-up for a county: seed taxonomy, 6.1.2's materials, a 90-day window, seed
   * causes, 丽水市's townships.
   */
  public IntakeConfiguration(DivisionCode county) {
    this(
        county,
        CategoryTaxonomy.defaults(),
        MaterialRequirements.defaults(),
        RepeatDetectionRule.defaults());
  }
}
