package org.db3311.sgc.core.assessment;

/** The overall conclusion of a center assessment (总体结论). */
public enum OverallVerdict {
  /** Every applicable clause conforms. */
  CONFORMANT,
  /** No mandatory gap, but some recommendations are not followed or advisories are noted. */
  CONFORMANT_WITH_OBSERVATIONS,
  /**
   * A SHALL or SHALL NOT clause is not met, or cannot be shown to be met because its attestation is
   * missing.
   */
  NON_CONFORMANT
}
