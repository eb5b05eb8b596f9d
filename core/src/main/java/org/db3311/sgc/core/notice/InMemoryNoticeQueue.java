package org.db3311.sgc.core.notice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.db3311.sgc.core.common.InMemoryTransaction;
import org.db3311.sgc.core.common.Notification;

/**
 * {@link NoticeQueue} in memory: for tests and single-process embedding. A notice queued in an
 * in-memory unit of work is removed again when the unit rolls back. Claims are atomic within the
 * process; nothing survives the process.
 */
public final class InMemoryNoticeQueue implements NoticeQueue {

  private static final Comparator<QueuedNotice> DUE_ORDER =
      // a stable sort over the map, which keeps the order of queueing: that order breaks ties
      Comparator.comparing(QueuedNotice::nextAttemptAt).thenComparing(QueuedNotice::queuedAt);

  private final Map<NoticeId, QueuedNotice> notices = new LinkedHashMap<>();

  @Override
  public synchronized QueuedNotice enqueue(Notification notification, Instant at) {
    Objects.requireNonNull(notification, "notification");
    Objects.requireNonNull(at, "at");
    QueuedNotice q = QueuedNotice.queued(NoticeId.random(), notification, at);
    notices.put(q.id(), q);
    InMemoryTransaction.onRollback(() -> remove(q.id()));
    return q;
  }

  private synchronized void remove(NoticeId id) {
    notices.remove(id);
  }

  @Override
  public synchronized List<QueuedNotice> claimDue(Claim claim) {
    Objects.requireNonNull(claim, "claim");
    List<QueuedNotice> due =
        notices.values().stream()
            .filter(n -> n.claimableAt(claim.now()))
            .sorted(DUE_ORDER)
            .limit(claim.limit())
            .toList();
    List<QueuedNotice> claimed = new ArrayList<>();
    for (QueuedNotice n : due) {
      QueuedNotice c = n.claim(claim.claimant(), claim.leaseUntil());
      notices.put(c.id(), c);
      claimed.add(c);
    }
    return List.copyOf(claimed);
  }

  @Override
  public boolean recordSent(NoticeId id, String claimant, String messageId, Instant at) {
    Objects.requireNonNull(messageId, "messageId");
    return changeHeld(id, claimant, n -> n.sent(messageId, at));
  }

  @Override
  public boolean recordRetry(NoticeId id, String claimant, Instant next, String reason) {
    Objects.requireNonNull(next, "next");
    return changeHeld(id, claimant, n -> n.retry(next, reason));
  }

  @Override
  public boolean recordFailed(NoticeId id, String claimant, String reason, Instant at) {
    return changeHeld(id, claimant, n -> n.failed(reason, at));
  }

  private synchronized boolean changeHeld(
      NoticeId id, String claimant, UnaryOperator<QueuedNotice> change) {
    QueuedNotice n = notices.get(Objects.requireNonNull(id, "id"));
    if (n == null || !n.heldBy(claimant)) {
      return false;
    }
    notices.put(id, change.apply(n));
    return true;
  }

  @Override
  public synchronized List<QueuedNotice> withReference(String reference) {
    Objects.requireNonNull(reference, "reference");
    return notices.values().stream()
        .filter(n -> n.notification().reference().equals(reference))
        .toList();
  }

  @Override
  public synchronized boolean recordReceipt(Receipt r) {
    QueuedNotice n = notices.get(Objects.requireNonNull(r, "receipt").notice());
    if (n == null) {
      return false;
    }
    if (n.state() != NoticeState.DELIVERED) {
      notices.put(n.id(), n.receipt(r.status(), r.messageId(), r.reason(), r.at()));
    }
    return true;
  }

  @Override
  public synchronized Optional<QueuedNotice> find(NoticeId id) {
    return Optional.ofNullable(notices.get(id));
  }

  @Override
  public synchronized Map<NoticeState, Long> countByState() {
    Map<NoticeState, Long> counts = new EnumMap<>(NoticeState.class);
    notices.values().forEach(n -> counts.merge(n.state(), 1L, Long::sum));
    return Map.copyOf(counts);
  }

  @Override
  public synchronized int forgetSettledBefore(Instant cutoff) {
    List<NoticeId> old =
        notices.values().stream()
            .filter(n -> n.settledAt().filter(s -> s.isBefore(cutoff)).isPresent())
            .map(QueuedNotice::id)
            .toList();
    old.forEach(notices::remove);
    return old.size();
  }
}
