package org.db3311.sgc.core.common;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A {@link DomainEventPublisher} that delivers each event at once, in the publishing thread, to the
 * subscribers of its type. Enough for tests and for a vendor embedding the core in a single
 * process.
 *
 * <p>What it keeps is bounded, so a long-running process does not fill its memory with events: the
 * default keeps the latest {@value #DEFAULT_RETAINED} for tests and inspection ({@link
 * #published()}); {@link #deliveringOnly()} keeps none, for the routing inside a server; {@link
 * #retaining(int)} sets the bound.
 */
public final class InMemoryDomainEventPublisher implements DomainEventPublisher {

  /** How many of the latest events the default publisher keeps. */
  public static final int DEFAULT_RETAINED = 10_000;

  private final int retained;
  private final ArrayDeque<DomainEvent> published = new ArrayDeque<>();
  private final List<Subscription<?>> subscriptions = new ArrayList<>();

  /** A publisher that keeps the latest {@value #DEFAULT_RETAINED} events. */
  public InMemoryDomainEventPublisher() {
    this(DEFAULT_RETAINED);
  }

  private InMemoryDomainEventPublisher(int retained) {
    if (retained < 0) {
      throw new IllegalArgumentException("a publisher keeps 0 or more events, not " + retained);
    }
    this.retained = retained;
  }

  /** A publisher that keeps the latest {@code retained} events (0: none). */
  public static InMemoryDomainEventPublisher retaining(int retained) {
    return new InMemoryDomainEventPublisher(retained);
  }

  /** A publisher that only delivers and keeps no event. */
  public static InMemoryDomainEventPublisher deliveringOnly() {
    return new InMemoryDomainEventPublisher(0);
  }

  @Override
  public void publish(DomainEvent event) {
    Objects.requireNonNull(event, "event");
    List<Subscription<?>> targets;
    synchronized (this) {
      if (retained > 0) {
        if (published.size() == retained) {
          published.removeFirst();
        }
        published.addLast(event);
      }
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

  /** The events kept (the latest, up to the bound), oldest first. */
  public synchronized List<DomainEvent> published() {
    return List.copyOf(published);
  }

  /** The events of one type among those kept, oldest first. */
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
