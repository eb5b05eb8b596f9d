package org.db3311.sgc.core.evaluation.feedback;

import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.common.UnitId;

/** Incoming port: anyone submits feedback through the channel of 9.1 and gets a ticket. */
public interface SubmitFeedbackUseCase {

  /** Receives the feedback; returns its ticket. */
  FeedbackTicket submit(Command command);

  /**
   * What was submitted.
   *
   * @param about the unit concerned, if named
   * @param contact how to reach the submitter; empty for anonymous feedback
   */
  record Command(
      FeedbackKind kind,
      FeedbackChannel channel,
      String content,
      Optional<UnitId> about,
      Optional<String> contact) {
    public Command {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(channel, "channel");
      if (content == null || content.isBlank()) {
        throw new IllegalArgumentException("feedback says something");
      }
      Objects.requireNonNull(about, "about");
      Objects.requireNonNull(contact, "contact");
    }
  }
}
