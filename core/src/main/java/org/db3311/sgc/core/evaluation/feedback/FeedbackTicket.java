package org.db3311.sgc.core.evaluation.feedback;

/**
 * The ticket of a feedback item: its id, the one reference its submitter holds, e.g. {@code
 * FB-2026-00001}.
 */
public record FeedbackTicket(String value) {

  public FeedbackTicket {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("a feedback ticket is not blank");
    }
    if (!value.equals(value.strip())) {
      throw new IllegalArgumentException(
          "a feedback ticket has no leading or trailing spaces: '" + value + "'");
    }
  }

  public static FeedbackTicket of(String value) {
    return new FeedbackTicket(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
