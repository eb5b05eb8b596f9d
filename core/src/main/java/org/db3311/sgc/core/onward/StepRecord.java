package org.db3311.sgc.core.onward;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One step the receiving body reported, on the day it happened.
 *
 * @param note what the body reported (its reference, decision or opinion)
 */
public record StepRecord(OnwardAction action, LocalDate on, String note) {

  public StepRecord {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(on, "on");
    if (note == null || note.isBlank()) {
      throw new IllegalArgumentException("a step records what the body reported");
    }
  }
}
