package org.db3311.sgc.core.notice;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.common.Notification;

/**
 * Outgoing port: the durable queue of notices to send (待发通知). A notice is written in the caller's
 * unit of work, so it is committed with the change it tells of or not at all, and stays until a
 * {@link NoticeDispatcher} has sent it. Dispatchers claim due notices under a lease: while a lease
 * runs no other claimant gets the notice, whichever process it runs in; a claimant that crashed
 * leaves its lease to run out, and the notice is claimed again.
 *
 * <p>The notification holds personal data (the recipient's name and telephone number): an adapter
 * keeps it only here, and {@link #forgetSettledBefore} removes it once its retention ends.
 *
 * <p>Adapters: {@link InMemoryNoticeQueue}; {@code JpaNoticeQueue} in the persistence adapter.
 */
public interface NoticeQueue {

  /** Queues {@code notification} in the caller's unit of work, due at once. */
  QueuedNotice enqueue(Notification notification, Instant at);

  /**
   * Claims up to {@code claim.limit()} notices due at {@code claim.now()} (queued ones due by then,
   * and ones whose claimant's lease ran out), earliest due first, for {@code claim.claimant()}
   * until {@code now + lease}; among notices due at the same instant, in the order they were
   * queued. Each claim is one more attempt. Each notice is claimed atomically on its own: of two
   * claimants racing for one notice exactly one gets it.
   */
  List<QueuedNotice> claimDue(Claim claim);

  /**
   * Records that the notice was handed over with the gateway's message id. Only the claimant that
   * holds it records; false (and nothing changed) when it no longer does.
   */
  boolean recordSent(NoticeId id, String claimant, String messageId, Instant at);

  /** Puts a held notice back in the queue, due at {@code next}; false when not held. */
  boolean recordRetry(NoticeId id, String claimant, Instant next, String reason);

  /** Gives up a held notice (refused, or out of attempts); false when not held. */
  boolean recordFailed(NoticeId id, String claimant, String reason, Instant at);

  /**
   * Records the gateway's delivery receipt, whatever the notice's state (a receipt is the gateway's
   * word and can arrive before the sender recorded the hand-over); a delivered notice stays
   * delivered. False when the notice is unknown (e.g. already forgotten).
   */
  boolean recordReceipt(Receipt receipt);

  /** The notice as stored. */
  Optional<QueuedNotice> find(NoticeId id);

  /**
   * The notices told of {@code reference} (a registration number, a task id…) still kept, in the
   * order they were queued; none once their retention ended.
   */
  List<QueuedNotice> withReference(String reference);

  /** How many notices stand in each state (states with none are left out). */
  Map<NoticeState, Long> countByState();

  /**
   * Removes the settled notices settled before {@code cutoff}, personal data and all (retention);
   * returns how many.
   */
  int forgetSettledBefore(Instant cutoff);

  /** A dispatcher's claim: who, at what instant, for how long, how many at most. */
  record Claim(String claimant, Instant now, Duration lease, int limit) {
    public Claim {
      if (claimant == null || claimant.isBlank() || claimant.length() > 128) {
        throw new IllegalArgumentException("a claimant is named in 1–128 characters");
      }
      Objects.requireNonNull(now, "now");
      Objects.requireNonNull(lease, "lease");
      if (lease.isNegative() || lease.isZero()) {
        throw new IllegalArgumentException("a lease is positive, not " + lease);
      }
      if (limit < 1 || limit > 1000) {
        throw new IllegalArgumentException("a claim takes 1–1000 notices, not " + limit);
      }
    }

    public Instant leaseUntil() {
      return now.plus(lease);
    }
  }

  /**
   * A gateway's delivery receipt for one notice.
   *
   * @param notice the notice (the idempotency key the gateway was given)
   * @param messageId the gateway's message id, when the receipt carries it
   * @param reason the gateway's reason for an undelivered message
   */
  record Receipt(
      NoticeId notice,
      Optional<String> messageId,
      DeliveryStatus status,
      Instant at,
      Optional<String> reason) {
    public Receipt {
      Objects.requireNonNull(notice, "notice");
      Objects.requireNonNull(messageId, "messageId");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
