package org.db3311.sgc.core.calendar;

import java.time.Instant;
import java.util.Objects;
import org.db3311.sgc.core.common.Actor;

/**
 * An approved extension (延期) of a deadline: how much, who approved it, why and when.
 *
 * @param added the extra time, counted from the deadline as it stood
 */
public record Extension(TimeLimit added, Actor approver, String reason, Instant approvedAt) {

  public Extension {
    Objects.requireNonNull(added, "added");
    Objects.requireNonNull(approver, "an extension needs its approver");
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("an extension needs a reason (the party is told it)");
    }
    Objects.requireNonNull(approvedAt, "approvedAt");
  }
}
