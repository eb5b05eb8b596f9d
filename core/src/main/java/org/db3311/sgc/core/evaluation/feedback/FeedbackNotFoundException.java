package org.db3311.sgc.core.evaluation.feedback;

import org.db3311.sgc.core.common.NotFoundException;

/** No feedback item has the ticket. */
public final class FeedbackNotFoundException extends NotFoundException {

  private static final long serialVersionUID = 1L;

  public FeedbackNotFoundException(FeedbackTicket ticket) {
    super("Feedback", ticket.value(), "no feedback " + ticket);
  }
}
