package org.db3311.sgc.core.intake;

import java.time.Instant;
import java.util.Objects;
import org.db3311.sgc.core.catalog.Implements;

/**
 * What the center tells the platform that transferred a matter when the matter closes: the
 * platform's own reference, the center's number, which round of handling closed (a reopened matter
 * closes again as round 2, 3…), how it ended and what the parties were told.
 */
@Implements("6.1.1.2.2")
public record TransferResult(
    SourceReference source,
    RegistrationNumber matter,
    int round,
    MatterResult.Outcome outcome,
    String summary,
    Instant closedAt) {

  public TransferResult {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(matter, "matter");
    if (round < 1) {
      throw new IllegalArgumentException("rounds are counted from 1");
    }
    Objects.requireNonNull(outcome, "outcome");
    if (summary == null || summary.isBlank()) {
      throw new IllegalArgumentException("a transfer result says what came of the matter");
    }
    Objects.requireNonNull(closedAt, "closedAt");
  }

  /** The result of a closed transferred matter, as its snapshot holds it. */
  public static TransferResult of(MatterSnapshot m) {
    if (m.state() != MatterState.CLOSED) {
      throw new IllegalArgumentException(m.number() + " is not closed");
    }
    SourceReference source =
        m.registration()
            .source()
            .orElseThrow(() -> new IllegalArgumentException(m.number() + " was not transferred"));
    MatterResult r = m.result().orElseThrow();
    return new TransferResult(
        source,
        m.number(),
        m.reopenCount() + 1,
        r.outcome(),
        r.summary(),
        m.closedAt().orElseThrow());
  }

  /** The key that makes a report idempotent: one report per matter and round. */
  public String key() {
    return matter + "/R" + round;
  }
}
