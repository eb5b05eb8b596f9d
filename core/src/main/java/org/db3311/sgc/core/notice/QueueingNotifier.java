package org.db3311.sgc.core.notice;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.db3311.sgc.core.common.Notification;
import org.db3311.sgc.core.common.Notifier;
import org.db3311.sgc.core.common.UnitOfWork;

/**
 * The {@link Notifier} the use cases send through when notices must survive a crash: it queues the
 * notification in the {@link NoticeQueue} inside the current unit of work (one of its own when none
 * is open) and returns a receipt whose delivery id is the queued notice's id. The {@link
 * NoticeDispatcher} sends it after the commit; a rolled-back use case leaves nothing to send.
 */
public final class QueueingNotifier implements Notifier {

  private final NoticeQueue queue;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public QueueingNotifier(NoticeQueue queue, UnitOfWork unitOfWork, Clock clock) {
    this.queue = Objects.requireNonNull(queue, "queue");
    this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Queues the notification; the receipt's time is when it was queued. */
  @Override
  public Receipt send(Notification notification) {
    Objects.requireNonNull(notification, "notification");
    Instant at = clock.instant();
    QueuedNotice q = unitOfWork.inTransaction(() -> queue.enqueue(notification, at));
    return new Receipt(q.id().value(), at);
  }
}
