package org.db3311.sgc.core.notice;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.common.Notification;

/**
 * A notice in the {@link NoticeQueue}, as read back: the notification and where its sending stands.
 * Its {@link #toString()} names no recipient: the notification holds personal data.
 *
 * @param attempts how many times a dispatcher claimed it to send it (a crashed attempt counts)
 * @param nextAttemptAt when it is due (for {@link NoticeState#QUEUED})
 * @param claimant the dispatcher holding it (for {@link NoticeState#SENDING})
 * @param leaseUntil until when the claimant holds it
 * @param messageId the gateway's id of the message, once known
 * @param lastFailure why the last attempt failed, if one did
 * @param settledAt when it reached a settled state ({@link NoticeState#settled()})
 */
public record QueuedNotice(
    NoticeId id,
    Notification notification,
    NoticeState state,
    Instant queuedAt,
    int attempts,
    Instant nextAttemptAt,
    Optional<String> claimant,
    Optional<Instant> leaseUntil,
    Optional<String> messageId,
    Optional<String> lastFailure,
    Optional<Instant> settledAt) {

  public QueuedNotice {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(notification, "notification");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(queuedAt, "queuedAt");
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    Objects.requireNonNull(claimant, "claimant");
    Objects.requireNonNull(leaseUntil, "leaseUntil");
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(lastFailure, "lastFailure");
    Objects.requireNonNull(settledAt, "settledAt");
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts are not negative");
    }
    if (state == NoticeState.SENDING && (claimant.isEmpty() || leaseUntil.isEmpty())) {
      throw new IllegalArgumentException("a notice being sent has a claimant and a lease");
    }
    if (state.settled() != settledAt.isPresent()) {
      throw new IllegalArgumentException("a notice has a settlement time exactly when settled");
    }
  }

  /** A notice just queued at {@code at}: due at once. */
  public static QueuedNotice queued(NoticeId id, Notification notification, Instant at) {
    return new QueuedNotice(
        id,
        notification,
        NoticeState.QUEUED,
        at,
        0,
        at,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** True when a dispatcher may claim it at {@code now}. */
  public boolean claimableAt(Instant now) {
    return switch (state) {
      case QUEUED -> !nextAttemptAt.isAfter(now);
      case SENDING -> !leaseUntil.orElseThrow().isAfter(now);
      default -> false;
    };
  }

  /** True when {@code who} holds it now (claimed it and the notice was not taken since). */
  public boolean heldBy(String who) {
    return state == NoticeState.SENDING && claimant.filter(who::equals).isPresent();
  }

  /** Claimed by {@code who} at {@code now} until {@code until}: one more attempt. */
  public QueuedNotice claim(String who, Instant until) {
    return new QueuedNotice(
        id,
        notification,
        NoticeState.SENDING,
        queuedAt,
        attempts + 1,
        nextAttemptAt,
        Optional.of(who),
        Optional.of(until),
        messageId,
        lastFailure,
        Optional.empty());
  }

  /** Handed over: the gateway's message id. */
  public QueuedNotice sent(String gatewayMessageId, Instant at) {
    return settle(NoticeState.SENT, Optional.of(gatewayMessageId), lastFailure, at);
  }

  /** Back in the queue, due at {@code next}. */
  public QueuedNotice retry(Instant next, String reason) {
    return new QueuedNotice(
        id,
        notification,
        NoticeState.QUEUED,
        queuedAt,
        attempts,
        next,
        Optional.empty(),
        Optional.empty(),
        messageId,
        Optional.of(reason),
        Optional.empty());
  }

  /** Given up: refused, or out of attempts. */
  public QueuedNotice failed(String reason, Instant at) {
    return settle(NoticeState.FAILED, messageId, Optional.of(reason), at);
  }

  /** The gateway's receipt. */
  public QueuedNotice receipt(
      DeliveryStatus status,
      Optional<String> gatewayMessageId,
      Optional<String> reason,
      Instant at) {
    return settle(
        status == DeliveryStatus.DELIVERED ? NoticeState.DELIVERED : NoticeState.UNDELIVERED,
        gatewayMessageId.or(() -> messageId),
        reason.or(() -> lastFailure),
        at);
  }

  private QueuedNotice settle(
      NoticeState to, Optional<String> message, Optional<String> failure, Instant at) {
    return new QueuedNotice(
        id,
        notification,
        to,
        queuedAt,
        attempts,
        nextAttemptAt,
        Optional.empty(),
        Optional.empty(),
        message,
        failure,
        Optional.of(at));
  }

  @Override
  public String toString() {
    return "QueuedNotice["
        + id
        + ", "
        + notification.channel()
        + ", "
        + state
        + ", attempts "
        + attempts
        + "]";
  }
}
