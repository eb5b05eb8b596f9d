package org.db3311.sgc.core.reception;

/** What can be done to a booking. */
enum BookingAction {
  /** Creates the booking; not a transition of the table. */
  REQUEST,
  CONFIRM,
  CANCEL,
  RECEIVE,
  MARK_NO_SHOW
}
