package org.db3311.sgc.core.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A {@link DomainEventPublisher} that keeps every event and delivers it at once, in the publishing
 * thread, to the subscribers of its type. Enough for tests and for a vendor embedding the core in a
 * single process.
 */
public final class InMemoryDomainEventPublisher implements DomainEventPublisher {

  private final List<DomainEvent> published = new ArrayList<>();
  private final List<Subscription<?>> subscriptions = new ArrayList<>();

  @Override
  public void publish(DomainEvent event) {
    java.util.Objects.requireNonNull(event, "event");
    List<Subscription<?>> targets;
    synchronized (this) {
      published.add(event);
      targets = List.copyOf(subscriptions);
    }
    for (Subscription<?> s : targets) {
      s.deliver(event);
    }
  }

  /** Delivers every later event of the given type (or a subtype) to the consumer. */
  public synchronized <E extends DomainEvent> void subscribe(Class<E> type, Consumer<E> consumer) {
    subscriptions.add(new Subscription<>(type, consumer));
  }

  /** Every event published so far, oldest first. */
  public synchronized List<DomainEvent> published() {
    return List.copyOf(published);
  }

  /** The events of one type published so far, oldest first. */
  public synchronized <E extends DomainEvent> List<E> published(Class<E> type) {
    return published.stream().filter(type::isInstance).map(type::cast).toList();
  }

  private record Subscription<E extends DomainEvent>(Class<E> type, Consumer<E> consumer) {
    void deliver(DomainEvent event) {
      if (type.isInstance(event)) {
        consumer.accept(type.cast(event));
      }
    }
  }
}
