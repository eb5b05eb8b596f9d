package org.db3311.sgc.core.evaluation.improvement;

import java.time.Instant;
import java.util.Objects;
import org.db3311.sgc.core.common.UnitId;

/**
 * A re-check result as disclosed to the public (复查验证信息公开): what was found, who owns the correction,
 * what was done and whether the re-check passed. Carries no personal information.
 */
public record PublishedRecheck(
    CorrectiveActionId actionId,
    UnitId owner,
    String finding,
    String measure,
    int round,
    boolean passed,
    String notes,
    Instant publishedAt) {
  public PublishedRecheck {
    Objects.requireNonNull(actionId, "actionId");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(notes, "notes");
    Objects.requireNonNull(publishedAt, "publishedAt");
  }
}
