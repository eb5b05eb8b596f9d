package org.db3311.sgc.core.supervision;

import java.util.Objects;

/**
 * One file a sweep or a view could not take into account, and why (e.g. a deadline falling in a
 * year the calendar holds no data for); the others were swept or shown all the same.
 */
public record SupervisionFailure(String subject, String reason) {
  public SupervisionFailure {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(reason, "reason");
  }

  static SupervisionFailure of(String subject, RuntimeException e) {
    String message = e.getMessage();
    return new SupervisionFailure(
        subject,
        e.getClass().getSimpleName()
            + (message == null || message.isBlank() ? "" : ": " + message));
  }
}
