package org.db3311.sgc.core.intake;

import java.time.Instant;
import java.util.Objects;

/** A queue number taken in the waiting zone, e.g. {@code A0007}. */
public record QueueTicket(String number, long sequence, Instant issuedAt) {

  public QueueTicket {
    if (number == null || number.isBlank()) {
      throw new IllegalArgumentException("a ticket has a number");
    }
    if (sequence < 1) {
      throw new IllegalArgumentException("ticket sequences start at 1");
    }
    Objects.requireNonNull(issuedAt, "issuedAt");
  }
}
