package org.db3311.sgc.core.intake;

/** Flags for early warning raised at registration. */
public enum MatterFlag {
  /** The applicant brought a matter within the repeat window before. */
  REPEAT_PETITION,
  /** Others brought matters about the same place and subject within the window. */
  POSSIBLE_GROUP_DISPUTE
}
