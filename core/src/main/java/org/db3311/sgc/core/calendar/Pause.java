package org.db3311.sgc.core.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A stretch during which a deadline's clock stands still, e.g. while waiting on the applicant to
 * supply something. Days from {@code from} up to, not including, {@code until} do not count; an
 * open pause ({@code until} empty) has not ended yet.
 */
public record Pause(LocalDate from, Optional<LocalDate> until, String reason) {

  public Pause {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    if (until.isPresent() && until.get().isBefore(from)) {
      throw new IllegalArgumentException("a pause cannot end (" + until.get() + ") before " + from);
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a pause needs a reason");
    }
  }

  public static Pause open(LocalDate from, String reason) {
    return new Pause(from, Optional.empty(), reason);
  }

  public Pause endedOn(LocalDate date) {
    if (until.isPresent()) {
      throw new IllegalStateException("the pause from " + from + " has already ended");
    }
    return new Pause(from, Optional.of(date), reason);
  }

  public boolean isOpen() {
    return until.isEmpty();
  }

  /** Whether the day is paused, an open pause counting as running through {@code asOf}. */
  public boolean covers(LocalDate day, LocalDate asOf) {
    LocalDate end = until.orElse(asOf.plusDays(1));
    return !day.isBefore(from) && day.isBefore(end);
  }
}
