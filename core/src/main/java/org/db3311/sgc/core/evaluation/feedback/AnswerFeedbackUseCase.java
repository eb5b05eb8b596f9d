package org.db3311.sgc.core.evaluation.feedback;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.evaluation.improvement.CorrectiveActionSnapshot;

/**
 * Incoming port: the center assigns a feedback item, answers it (an upheld complaint or a
 * higher-level supervision item raising a corrective action, 9.1, 9.3.3) and closes it.
 */
public interface AnswerFeedbackUseCase {

  void assign(Assign command);

  /** Answers the item; returns the corrective action it raised, if it raised one. */
  Optional<CorrectiveActionSnapshot> answer(Answer command);

  void close(Close command);

  record Assign(FeedbackTicket ticket, UnitId unit, Actor by) {
    public Assign {
      Objects.requireNonNull(ticket, "ticket");
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(by, "by");
    }
  }

  /**
   * @param verdict required for a complaint, absent otherwise (checked against the item)
   * @param correctBy when a corrective action it raises is due
   */
  record Answer(
      FeedbackTicket ticket,
      String reply,
      Optional<Verdict> verdict,
      LocalDate correctBy,
      Actor by) {
    public Answer {
      Objects.requireNonNull(ticket, "ticket");
      if (reply == null || reply.isBlank()) {
        throw new IllegalArgumentException("an answer says something");
      }
      Objects.requireNonNull(verdict, "verdict");
      Objects.requireNonNull(correctBy, "correctBy");
      Objects.requireNonNull(by, "by");
    }
  }

  record Close(FeedbackTicket ticket, Actor by) {
    public Close {
      Objects.requireNonNull(ticket, "ticket");
      Objects.requireNonNull(by, "by");
    }
  }
}
