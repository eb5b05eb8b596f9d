package org.db3311.sgc.core.warning;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Why a rule fired, in words and numbers: the rule, the clause it serves, the level it asks for, a
 * sentence a duty officer can read, and the evidence (counts, thresholds, p-values) behind it.
 */
public record Reason(
    String rule,
    String clause,
    WarningLevel level,
    String explanation,
    Map<String, String> evidence) {

  public Reason {
    if (rule == null || rule.isBlank() || explanation == null || explanation.isBlank()) {
      throw new IllegalArgumentException("a reason names its rule and explains itself");
    }
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(level, "level");
    evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
  }
}
