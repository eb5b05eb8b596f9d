package org.db3311.sgc.core.facts;

/** How a closed matter ended. */
public enum Outcome {
  /** 化解/办结 with the matter resolved. */
  RESOLVED,
  /** Closed without resolution (e.g. mediation failed). */
  UNRESOLVED,
  /** Referred out (litigation, arbitration, another authority). */
  REFERRED,
  /** Withdrawn by the applicant. */
  WITHDRAWN
}
