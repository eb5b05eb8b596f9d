package org.db3311.sgc.core.emergency;

import java.time.Instant;
import java.util.Objects;
import org.db3311.sgc.core.common.UnitId;

/** A progress report from the scene or a department (随时反馈事件处置进展). */
public record ProgressReport(Instant at, UnitId from, String text, boolean fromSite) {
  public ProgressReport {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(from, "from");
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("a progress report says something");
    }
  }
}
