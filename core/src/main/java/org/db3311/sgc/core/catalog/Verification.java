package org.db3311.sgc.core.catalog;

/** How conformance with a clause can be established. */
public enum Verification {
  /** A rule evaluated by software over recorded facts (e.g. floor area ≥ 3000 m²). */
  SOFTWARE_RULE,
  /** Behaviour of the system's workflows, shown by tests and the conformance kit. */
  WORKFLOW_BEHAVIOUR,
  /** A person attests with evidence (photo, inspector, date); software records it (ruling R6). */
  ATTESTATION,
  /** An organisational arrangement checked by an inspector outside the software. */
  ORGANISATIONAL,
  /** Nothing to verify: headings and informative text. */
  NONE
}
