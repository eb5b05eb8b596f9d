package org.db3311.sgc.core.evaluation.feedback;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Feedback in memory, for tests and embedding. */
public final class InMemoryFeedbackRepository implements FeedbackRepository {
  private final Map<String, Feedback> items = new LinkedHashMap<>();

  @Override
  public synchronized void save(Feedback feedback) {
    items.put(feedback.ticket(), feedback);
  }

  @Override
  public synchronized Optional<Feedback> find(String ticket) {
    return Optional.ofNullable(items.get(ticket));
  }

  @Override
  public synchronized List<Feedback> all() {
    return new ArrayList<>(items.values());
  }
}
