package org.db3311.sgc.core.evaluation.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.evaluation.improvement.CorrectiveActionId;

/**
 * Everything a feedback item holds, as an immutable value: what repositories store and what {@link
 * Feedback#fromSnapshot} rebuilds an item from.
 */
public record FeedbackSnapshot(
    FeedbackTicket ticket,
    FeedbackKind kind,
    FeedbackChannel channel,
    String content,
    Optional<UnitId> about,
    Optional<String> contact,
    Instant receivedAt,
    LocalDate answerDue,
    Feedback.State state,
    Optional<UnitId> assignedTo,
    Optional<Verdict> verdict,
    Optional<CorrectiveActionId> correctiveAction,
    List<Feedback.Message> messages) {

  public FeedbackSnapshot {
    Objects.requireNonNull(ticket, "ticket");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(about, "about");
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(answerDue, "answerDue");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(assignedTo, "assignedTo");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(correctiveAction, "correctiveAction");
    messages = List.copyOf(messages);
    if (state == Feedback.State.ASSIGNED && assignedTo.isEmpty()) {
      throw new IllegalArgumentException("assigned feedback " + ticket + " names its unit");
    }
  }
}
