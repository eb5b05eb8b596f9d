package org.db3311.sgc.core.evaluation.feedback;

import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.common.InMemoryVersionedStore;

/** Feedback in memory, for tests and embedding: snapshots, each save checked by version. */
public final class InMemoryFeedbackRepository implements FeedbackRepository {

  private final InMemoryVersionedStore<FeedbackSnapshot> store =
      new InMemoryVersionedStore<>("Feedback");

  @Override
  public void save(Feedback feedback) {
    feedback.markStored(
        store.save(feedback.ticket().value(), feedback.version(), feedback.snapshot()));
  }

  @Override
  public Optional<Feedback> find(FeedbackTicket ticket) {
    return store.find(ticket.value()).map(s -> Feedback.fromSnapshot(s.snapshot(), s.version()));
  }

  @Override
  public List<Feedback> all() {
    return store.where(s -> true).stream()
        .map(s -> Feedback.fromSnapshot(s.snapshot(), s.version()))
        .toList();
  }

  @Override
  public List<FeedbackTicket> tickets() {
    return store.where(s -> true).stream().map(s -> s.snapshot().ticket()).toList();
  }
}
