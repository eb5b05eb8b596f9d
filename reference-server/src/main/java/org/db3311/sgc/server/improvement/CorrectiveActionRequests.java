package org.db3311.sgc.server.improvement;

/** What the corrective-action endpoints read. */
public final class CorrectiveActionRequests {
  private CorrectiveActionRequests() {}

  /** Where a finding comes from, its reference (a figure, a ticket…) and what is wrong. */
  public record FindingRequest(String source, String reference, String description) {}

  /**
   * {@code POST /api/v1/corrective-actions}: the finding, the owning unit, the measure, by when.
   */
  public record RaiseRequest(FindingRequest finding, String owner, String measure, String due) {}

  /** {@code POST …/correction}: what the owner did. */
  public record CorrectionRequest(String account) {}

  /** {@code POST …/rechecks}: whether the correction held, and what was seen. */
  public record RecheckRequest(Boolean passed, String notes) {}
}
