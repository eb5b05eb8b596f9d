package org.db3311.sgc.core.risk.report;

import java.time.Instant;
import java.util.Objects;
import org.db3311.sgc.core.common.Actor;

/** One version of a report: number 1 is the system's draft, later ones a person's revisions. */
public record ReportVersion(int number, Report content, Actor author, Instant at) {
  public ReportVersion {
    if (number < 1) {
      throw new IllegalArgumentException("report versions start at 1");
    }
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(at, "at");
  }

  public boolean bySystem() {
    return author.equals(Actor.SYSTEM);
  }
}
