package org.db3311.sgc.core.evaluation.feedback;

import java.util.List;
import java.util.Optional;

/** Outgoing port: feedback items. */
public interface FeedbackRepository {

  void save(Feedback feedback);

  Optional<Feedback> find(String ticket);

  List<Feedback> all();
}
