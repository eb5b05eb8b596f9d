package org.db3311.sgc.core.warning;

import java.time.Instant;
import org.db3311.sgc.core.facts.MatterFact;

/** What rules agree on about a fact at an instant. */
final class Facts {
  private Facts() {}

  static boolean knownAt(MatterFact f, Instant asOf) {
    return !f.registeredAt().isAfter(asOf);
  }

  static boolean openAt(MatterFact f, Instant asOf) {
    return knownAt(f, asOf) && f.closedAt().map(c -> c.isAfter(asOf)).orElse(true);
  }
}
