package org.db3311.sgc.core.intake;

import java.util.Objects;

/** A ticket called to a window, as the display board shows it. */
public record QueueCall(QueueTicket ticket, String window, java.time.Instant calledAt) {

  public QueueCall {
    Objects.requireNonNull(ticket, "ticket");
    if (window == null || window.isBlank()) {
      throw new IllegalArgumentException("a call names the window");
    }
    Objects.requireNonNull(calledAt, "calledAt");
  }

  /** The text on the board, e.g. "请 A0007 号到 3 号窗口". */
  public String announcement() {
    return "请 " + ticket.number() + " 号到 " + window + " 号窗口";
  }
}
