package org.db3311.sgc.core.evaluation.improvement;

import java.time.Instant;
import java.util.Objects;
import org.db3311.sgc.core.common.Actor;

/** One follow-up re-check (复查) of a correction: passed or not, by whom, with what was seen. */
public record RecheckResult(int round, Instant at, Actor by, boolean passed, String notes) {
  public RecheckResult {
    if (round < 1) {
      throw new IllegalArgumentException("re-check rounds start at 1");
    }
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(by, "by");
    if (notes == null || notes.isBlank()) {
      throw new IllegalArgumentException("a re-check records what was found");
    }
  }
}
