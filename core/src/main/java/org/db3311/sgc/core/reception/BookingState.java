package org.db3311.sgc.core.reception;

/** The states of a reception booking. */
public enum BookingState {
  /** Requested by the visitor (appointment) or proposed by the leader (invitation). */
  REQUESTED,
  CONFIRMED,
  /** The visitor was received; a matter was registered. */
  RECEIVED,
  CANCELLED,
  NO_SHOW;

  /** Whether a booking in this state takes a place in its slot. */
  public boolean holdsAPlace() {
    return this == REQUESTED || this == CONFIRMED || this == RECEIVED;
  }
}
