package org.db3311.sgc.server.guidance;

import java.util.List;

/** The bodies of the guidance requests. */
public final class GuidanceRequests {
  private GuidanceRequests() {}

  /**
   * A task to issue: from which level and document, on which field, what is required, by when, to
   * which townships (9-digit codes) and villages (12-digit codes) of the county.
   */
  public record IssueRequest(
      String issuer,
      String source,
      String topic,
      String title,
      String requirements,
      DueRequest due,
      List<UnitRequest> assignees) {}

  /**
   * When the task is due: {@code on} a date the issuer fixed, within {@code workingDays} or {@code
   * days} of issue, or (all absent) the period configured for the topic.
   */
  public record DueRequest(String on, Integer workingDays, Integer days) {}

  /** An assignee: its statistical area code and name. */
  public record UnitRequest(String code, String name) {}

  /** What the assignee did. */
  public record ReportRequest(String account) {}

  /** The center's verdict on a report; a returned report says what is missing. */
  public record VerifyRequest(Boolean passed, String note) {}
}
