package org.db3311.sgc.core.evaluation.feedback;

import org.db3311.sgc.core.common.SweepResult;

/**
 * Groups the incoming ports of the feedback and complaint channel (9.1); {@link FeedbackService}
 * implements them all.
 */
public interface FeedbackUseCases extends SubmitFeedbackUseCase, AnswerFeedbackUseCase {

  /**
   * What anyone holding the ticket sees.
   *
   * @throws FeedbackNotFoundException when there is no item under the ticket
   */
  PublicStatus status(FeedbackTicket ticket);

  /**
   * Everything the center holds on an item, the submitter's contact included: for staff only.
   *
   * @throws FeedbackNotFoundException when there is no item under the ticket
   */
  FeedbackSnapshot item(FeedbackTicket ticket);

  /** Every item, oldest first, and each item that could not be read. */
  SweepResult<FeedbackSnapshot> items();

  /** Items not answered by their deadline, and each item that could not be read. */
  SweepResult<FeedbackSnapshot> overdueItems();
}
