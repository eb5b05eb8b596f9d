package org.db3311.sgc.core.mediation;

/** The states of a mediation case (调解). */
public enum MediationState {
  /** Opened for an accepted dispute; suitability not yet assessed. */
  OPENED,
  /** Not suitable for mediation. */
  UNSUITABLE,
  /** Suitable; waiting for every party's consent. */
  AWAITING_CONSENT,
  /** A party refused mediation: it may not proceed (人民调解法 art 17). */
  DECLINED,
  /** Every party consented. */
  CONSENTED,
  /** Routed to the responsible department, a joint mediation or a mediation committee. */
  ROUTED,
  /** A session is scheduled: an online video room or an appointment at the center. */
  SCHEDULED,
  /** At least one session was held and recorded. */
  IN_SESSION,
  /** An agreement was reached. */
  AGREED,
  /** Mediation failed. */
  FAILED,
  /** After failure, referred to online litigation filing with the case file. */
  REFERRED_TO_LITIGATION,
  /**
   * Unsuitable, declined or failed, and routed onward (arbitration, litigation, reconsideration,
   * the 信访 procedure, legal aid): the matter stays in handling until the receiving body reports
   * back.
   */
  ROUTED_ONWARD,
  /** Closed; the matter is closed with the result, unless the dispute went onward. */
  CLOSED
}
