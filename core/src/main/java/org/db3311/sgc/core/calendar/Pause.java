package org.db3311.sgc.core.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A stretch during which a deadline's clock stands still, e.g. while waiting on the applicant to
 * supply something. Days from {@code from} up to, not including, {@code until} do not count; an
 * open pause ({@code until} empty) has not ended yet.
 *
 * @param pausedAt when the pause was recorded
 * @param resumedAt when its end was recorded; empty while it is open
 */
public record Pause(
    LocalDate from,
    Optional<LocalDate> until,
    String reason,
    Instant pausedAt,
    Optional<Instant> resumedAt) {

  public Pause {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    if (until.isPresent() && until.get().isBefore(from)) {
      throw new IllegalArgumentException("a pause cannot end (" + until.get() + ") before " + from);
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a pause needs a reason");
    }
    Objects.requireNonNull(pausedAt, "pausedAt");
    Objects.requireNonNull(resumedAt, "resumedAt");
    if (until.isPresent() != resumedAt.isPresent()) {
      throw new IllegalArgumentException("an ended pause records both the day and when it ended");
    }
    if (resumedAt.isPresent() && resumedAt.get().isBefore(pausedAt)) {
      throw new IllegalArgumentException("a pause cannot be resumed before it was recorded");
    }
  }

  public static Pause open(LocalDate from, String reason, Instant pausedAt) {
    return new Pause(from, Optional.empty(), reason, pausedAt, Optional.empty());
  }

  public Pause endedOn(LocalDate date, Instant resumed) {
    if (until.isPresent()) {
      throw new IllegalStateException("the pause from " + from + " has already ended");
    }
    return new Pause(from, Optional.of(date), reason, pausedAt, Optional.of(resumed));
  }

  public boolean isOpen() {
    return until.isEmpty();
  }

  /** Whether the day is paused, an open pause counting as running through {@code asOf}. */
  public boolean covers(LocalDate day, LocalDate asOf) {
    LocalDate end = until.orElse(asOf.plusDays(1));
    return !day.isBefore(from) && day.isBefore(end);
  }

  /**
   * The pause as it stood at an instant: empty when it was recorded later, open when its end was.
   */
  public Optional<Pause> asRecordedAt(Instant at) {
    if (pausedAt.isAfter(at)) {
      return Optional.empty();
    }
    if (resumedAt.isPresent() && resumedAt.get().isAfter(at)) {
      return Optional.of(new Pause(from, Optional.empty(), reason, pausedAt, Optional.empty()));
    }
    return Optional.of(this);
  }
}
