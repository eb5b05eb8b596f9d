package org.db3311.sgc.core.epidemic;

import java.time.LocalDate;
import java.util.Objects;

/** A gap in training or drills, or a missing as-needed training, over the span checked. */
public record RegularityFinding(Exercise.Kind kind, LocalDate from, LocalDate to, String message) {
  public RegularityFinding {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(message, "message");
  }
}
