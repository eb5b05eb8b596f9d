package org.db3311.sgc.core.warning;

import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.db3311.sgc.core.facts.MatterId;

/**
 * The model's verdict on one subject: the highest level any rule asks for, every reason, and every
 * matter behind them.
 */
public record RiskAssessment(
    WarningSubject subject, WarningLevel level, List<Reason> reasons, SortedSet<MatterId> matters) {
  public RiskAssessment {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(level, "level");
    reasons = List.copyOf(reasons);
    matters = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(matters));
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("an assessment has reasons");
    }
  }
}
