package org.db3311.sgc.core.evaluation.staff;

import java.time.LocalDate;
import java.util.Objects;
import org.db3311.sgc.core.common.Actor;

/** One check of a member of staff against a daily rule, compliant or not, with its evidence. */
public record ConductCheck(
    Actor staff, LocalDate day, ConductRule rule, boolean compliant, String evidence) {
  public ConductCheck {
    Objects.requireNonNull(staff, "staff");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(rule, "rule");
    if (!compliant && (evidence == null || evidence.isBlank())) {
      throw new IllegalArgumentException("a breach is recorded with its evidence");
    }
    evidence = evidence == null ? "" : evidence;
  }
}
