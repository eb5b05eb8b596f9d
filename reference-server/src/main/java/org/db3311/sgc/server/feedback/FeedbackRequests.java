package org.db3311.sgc.server.feedback;

/** What the feedback endpoints read. */
public final class FeedbackRequests {
  private FeedbackRequests() {}

  /** The longest content the channel takes: a complaint, not a file. */
  static final int MAX_CONTENT = 2000;

  /** The longest contact: a phone number, an e-mail address or a postal address. */
  static final int MAX_CONTACT = 200;

  /**
   * {@code POST /api/v1/feedback}: what kind, through which channel, what is said, the unit it is
   * about (if named) and how to reach the submitter (absent: anonymous).
   */
  public record SubmitRequest(
      String kind, String channel, String content, String about, String contact) {}

  /** {@code POST …/assignment}: the unit that answers. */
  public record AssignRequest(String unit) {}

  /**
   * {@code POST …/answer}: the reply sent back, the verdict on a complaint, and by when a
   * corrective action it raises is due.
   */
  public record AnswerRequest(String reply, String verdict, String correctBy) {}
}
