package org.db3311.sgc.core.common;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * The {@link DomainEventPublisher} a transactional deployment gives its services. Each event is
 * written to the {@link Outbox} as an {@link IntegrationEvent} inside the current unit of work (so
 * it commits or rolls back with the change), numbered within its aggregate; then it is handed to
 * two kinds of in-process follower:
 *
 * <ul>
 *   <li>{@code atomic} followers at once, inside the same unit — for reactions the standard needs
 *       in one piece with the change (their failure rolls the change back);
 *   <li>{@code afterCommit} followers once the unit has committed, each delivery in a unit of its
 *       own — for reactions that may follow later. A follower that fails is reported to {@code
 *       failures} and does not stop the delivery of other events, nor undo the committed change;
 *       the event stays in the outbox for a relay to deliver again, which is why every follower is
 *       idempotent by event.
 * </ul>
 */
public final class TransactionalEventPublisher implements DomainEventPublisher {

  private static final System.Logger LOG =
      System.getLogger(TransactionalEventPublisher.class.getName());

  private final Outbox outbox;
  private final UnitOfWork unitOfWork;
  private final DomainEventPublisher atomic;
  private final DomainEventPublisher afterCommit;
  private final BiConsumer<DomainEvent, RuntimeException> failures;

  public TransactionalEventPublisher(
      Outbox outbox,
      UnitOfWork unitOfWork,
      DomainEventPublisher atomic,
      DomainEventPublisher afterCommit,
      BiConsumer<DomainEvent, RuntimeException> failures) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    this.atomic = Objects.requireNonNull(atomic, "atomic");
    this.afterCommit = Objects.requireNonNull(afterCommit, "afterCommit");
    this.failures = Objects.requireNonNull(failures, "failures");
  }

  /** Reports a failed follower to the platform logger, naming the event but nothing personal. */
  public static BiConsumer<DomainEvent, RuntimeException> logFailures() {
    return (event, error) ->
        LOG.log(
            Level.WARNING,
            "a follower of "
                + event.aggregateType()
                + " "
                + event.aggregateId()
                + " "
                + event.actionName()
                + " failed: "
                + error.getClass().getSimpleName());
  }

  @Override
  public void publish(DomainEvent event) {
    Objects.requireNonNull(event, "event");
    unitOfWork.run(
        () -> {
          long next = outbox.lastSequence(event.aggregateType(), event.aggregateId()) + 1;
          outbox.append(List.of(IntegrationEvent.of(event, next)));
          atomic.publish(event);
          unitOfWork.afterCommit(() -> deliverLater(event));
        });
  }

  private void deliverLater(DomainEvent event) {
    try {
      unitOfWork.run(() -> afterCommit.publish(event));
    } catch (RuntimeException e) {
      failures.accept(event, e);
    }
  }
}
