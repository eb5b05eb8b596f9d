package org.db3311.sgc.server.warning;

/** The bodies of the warning-handling requests. */
public final class WarningRequests {
  private WarningRequests() {}

  /** The owning unit acknowledges the warning. */
  public record AcknowledgeRequest(String unit) {}

  /** How the risk was handled. */
  public record CloseRequest(String outcome) {}

  /** Why the raised warning is a false alarm. */
  public record DismissRequest(String why) {}
}
