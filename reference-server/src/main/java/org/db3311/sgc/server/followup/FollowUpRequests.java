package org.db3311.sgc.server.followup;

/** The request bodies of the follow-up endpoints. */
public final class FollowUpRequests {
  private FollowUpRequests() {}

  /**
   * {@code POST …/answers}: one party's survey answer (6.2.1.4.2): method AUTOMATED_CALL, SMS,
   * PHONE, VISIT or WEB; answer SATISFIED, BASICALLY_SATISFIED or DISSATISFIED.
   */
  public record AnswerRequest(String respondent, String method, String answer, String comment) {}

  /** {@code POST …/reopening}: reopen the matter after a dissatisfied answer, saying why. */
  public record ReopenRequest(String reason) {}
}
