package org.db3311.sgc.core.assessment.finding;

/** The outcome of checking one clause against a center (核查结论). */
public enum Verdict {
  /** The center meets the clause. */
  CONFORMS,
  /** The center falls short of the clause (a gap at the clause's normative level). */
  NONCONFORMS,
  /** The clause does not apply to this center, e.g. a tier 1 clause for a tier 2 county. */
  NOT_APPLICABLE,
  /** The clause needs an attestation (ruling R6) that is absent or no longer valid. */
  EVIDENCE_MISSING,
  /** An informative provision is not followed (ruling R5): noted, never a failure. */
  ADVISORY;

  /** Whether this verdict is a gap to report: anything but conforming or not applicable. */
  public boolean isGap() {
    return this == NONCONFORMS || this == EVIDENCE_MISSING || this == ADVISORY;
  }
}
