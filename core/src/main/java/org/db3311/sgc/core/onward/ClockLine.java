package org.db3311.sgc.core.onward;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the onward clock view: a referral's running clock and where it stands, or why its due
 * day could not be computed (the view goes on with the other referrals).
 *
 * @param due empty when {@code problem} is present
 * @param status empty when {@code problem} is present
 */
public record ClockLine(
    OnwardReferralId referral,
    Road road,
    OnwardStep step,
    Optional<LocalDate> due,
    Optional<RoadClock.Status> status,
    Optional<String> problem) {

  public ClockLine {
    Objects.requireNonNull(referral, "referral");
    Objects.requireNonNull(road, "road");
    Objects.requireNonNull(step, "step");
    if (due.isPresent() == problem.isPresent() || status.isPresent() != due.isPresent()) {
      throw new IllegalArgumentException("a clock line has a due day and status, or a problem");
    }
  }
}
