package org.db3311.sgc.core.evaluation.feedback;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.db3311.sgc.core.common.OptimisticLockException;
import org.db3311.sgc.core.common.Version;

/** Feedback in memory, for tests and embedding; a save honours the version read. */
public final class InMemoryFeedbackRepository implements FeedbackRepository {
  private final Map<String, Feedback> items = new LinkedHashMap<>();
  private final Map<String, Version> versions = new java.util.HashMap<>();

  @Override
  public synchronized void save(Feedback feedback) {
    Version stored = versions.getOrDefault(feedback.ticket(), Version.NEW);
    if (!stored.equals(feedback.version())) {
      throw new OptimisticLockException("Feedback", feedback.ticket(), feedback.version(), stored);
    }
    versions.put(feedback.ticket(), stored.next());
    items.put(feedback.ticket(), feedback);
    feedback.markStored(stored.next());
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
