package org.db3311.sgc.core.warning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.db3311.sgc.core.facts.MatterFact;

/**
 * What a rule looks at: the facts known at {@code asOf}, online and offline alike (6.5.1), and the
 * center's time zone for day boundaries.
 */
public record AnalysisWindow(Instant asOf, ZoneId zone, List<MatterFact> facts) {

  public AnalysisWindow {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(zone, "zone");
    facts = List.copyOf(facts);
  }

  public LocalDate today() {
    return LocalDate.ofInstant(asOf, zone);
  }

  public LocalDate dayOf(Instant t) {
    return LocalDate.ofInstant(t, zone);
  }
}
