package org.db3311.sgc.core.intake;

import java.util.Objects;

/** The result of a matter (办理结果), which the parties are told when it closes. */
public record MatterResult(Outcome outcome, String summary) {

  public MatterResult {
    Objects.requireNonNull(outcome, "outcome");
    if (summary == null || summary.isBlank()) {
      throw new IllegalArgumentException("a result has a summary the parties can be told");
    }
  }

  /** How the matter ended. */
  public enum Outcome {
    /** Resolved, e.g. by a mediation agreement. */
    RESOLVED,
    /** Not resolved; the parties were told their other routes (arbitration, litigation…). */
    NOT_RESOLVED,
    /** Answered or handled without a dispute to resolve. */
    ANSWERED
  }
}
