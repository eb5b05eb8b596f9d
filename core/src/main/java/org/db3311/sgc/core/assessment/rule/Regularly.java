package org.db3311.sgc.core.assessment.rule;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The assessment's reading of "regularly" (定期) for drills and training: held at least once in the
 * year up to the assessment day. The standard gives no period; a year is the longest interval that
 * can still be called regular for an annual plan.
 */
final class Regularly {

  private Regularly() {}

  /** The latest day in {@code days} within the year up to {@code assessedOn}, if any. */
  static Optional<LocalDate> latestWithinYear(List<LocalDate> days, LocalDate assessedOn) {
    LocalDate from = assessedOn.minusYears(1);
    LocalDate latest = null;
    for (LocalDate d : days) {
      if (!d.isBefore(from) && !d.isAfter(assessedOn) && (latest == null || d.isAfter(latest))) {
        latest = d;
      }
    }
    return Optional.ofNullable(latest);
  }
}
