package org.db3311.sgc.core.epidemic;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A training session (防疫工作培训) or an emergency drill (疫情防控应急演练) held, with its evidence (sign-in
 * sheet, photos), as 6.7.1.2 is verified by attestation.
 *
 * @param asNeeded held because of a need (e.g. wartime declared) rather than by the calendar
 */
public record Exercise(
    Kind kind, LocalDate date, String topic, int participants, String evidence, boolean asNeeded) {

  public enum Kind {
    TRAINING,
    DRILL
  }

  public Exercise {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(date, "date");
    if (topic == null || topic.isBlank()) {
      throw new IllegalArgumentException("an exercise has a topic");
    }
    if (participants < 1) {
      throw new IllegalArgumentException("an exercise has participants");
    }
    if (evidence == null || evidence.isBlank()) {
      throw new IllegalArgumentException("an exercise is recorded with its evidence");
    }
  }
}
