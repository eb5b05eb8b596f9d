package org.db3311.sgc.core.evaluation.feedback;

import java.util.List;
import java.util.Optional;

/** Outgoing port: feedback items. */
public interface FeedbackRepository {

  /**
   * Stores it at its next version.
   *
   * @throws org.db3311.sgc.core.common.OptimisticLockException when the stored version is no longer
   *     the one it was read at
   */
  void save(Feedback feedback);

  Optional<Feedback> find(FeedbackTicket ticket);

  List<Feedback> all();

  /**
   * Every stored ticket, oldest first: sweeps read each item on its own, so one unreadable item is
   * reported without hiding the others.
   */
  List<FeedbackTicket> tickets();
}
