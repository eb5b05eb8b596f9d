package org.db3311.sgc.core.evaluation.feedback;

import java.util.List;
import java.util.Optional;

/**
 * What anyone holding the ticket can see of a feedback item: its progress and the messages sent
 * back, never the submitter's contact.
 */
public record PublicStatus(
    FeedbackTicket ticket,
    FeedbackKind kind,
    Feedback.State state,
    Optional<Verdict> verdict,
    List<Feedback.Message> messages) {
  public PublicStatus {
    messages = List.copyOf(messages);
  }
}
