package org.db3311.sgc.core.intake;

/** What can be done to a matter. */
public enum MatterAction {
  /** Creates the matter; not a transition of the table. */
  REGISTER,
  SUBMIT_MATERIALS,
  ACCEPT,
  REQUEST_SUPPLEMENT,
  REFUSE,
  WITHDRAW,
  START_HANDLING,
  CLOSE,
  REOPEN
}
