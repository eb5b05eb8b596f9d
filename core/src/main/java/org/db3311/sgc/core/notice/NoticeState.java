package org.db3311.sgc.core.notice;

/** Where a queued notice stands. */
public enum NoticeState {
  /** Waiting to be sent, due at its next attempt. */
  QUEUED,
  /** Claimed by a dispatcher under a lease; claimed again by another once the lease ran out. */
  SENDING,
  /** Handed over to the gateway, which gave its message id; a delivery receipt may follow. */
  SENT,
  /** The gateway's receipt says the recipient received it. */
  DELIVERED,
  /** The gateway's receipt says it could not be delivered (number unreachable, refused…). */
  UNDELIVERED,
  /** Refused by the gateway, or every attempt failed: not sent again. */
  FAILED;

  /** True once the notice is no longer sent: it waits only for its retention to end. */
  public boolean settled() {
    return this == SENT || this == DELIVERED || this == UNDELIVERED || this == FAILED;
  }
}
