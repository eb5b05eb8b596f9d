package org.db3311.sgc.core.evaluation;

import java.time.LocalDate;
import java.util.Objects;

/** Invariants every metric definition shares. */
final class Definitions {
  private Definitions() {}

  static void check(int version, LocalDate effectiveFrom, String rationale) {
    if (version < 1) {
      throw new IllegalArgumentException("definition versions start at 1, not " + version);
    }
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    if (rationale == null || rationale.isBlank()) {
      throw new IllegalArgumentException("a definition version says why it exists");
    }
  }
}
