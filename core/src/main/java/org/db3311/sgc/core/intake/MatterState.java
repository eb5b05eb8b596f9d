package org.db3311.sgc.core.intake;

/** The states of a matter from registration to closure. */
public enum MatterState {
  /** Registered, awaiting the intake decision. */
  PENDING_DECISION,
  /** A supplement notice was issued; waiting on the applicant. */
  AWAITING_SUPPLEMENT,
  /** Accepted (受理), not yet handed to a handling track. */
  ACCEPTED,
  /** Refused on the spot, with the reason and where to go instead. */
  REFUSED,
  /** Withdrawn by the applicant before acceptance. */
  WITHDRAWN,
  /** Being handled: mediation, event handling or another track. */
  IN_HANDLING,
  /** Closed (办结) with a result. */
  CLOSED
}
