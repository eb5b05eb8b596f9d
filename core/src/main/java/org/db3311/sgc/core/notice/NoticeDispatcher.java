package org.db3311.sgc.core.notice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.db3311.sgc.core.common.ItemFailure;
import org.db3311.sgc.core.common.Notifier;

/**
 * Sends the due notices of a {@link NoticeQueue}: claims a batch under a lease, hands each notice
 * to the {@link NoticeSender} of its channel with the notice's id as the idempotency key, and
 * records the outcome — the gateway's message id; a retry at an exponentially growing, jittered
 * delay for a failure that may pass; a failure for a refusal or once the attempts are spent. One
 * failing notice (or one failing record) is reported and the others go on. Run it on a schedule, in
 * as many processes as wanted: the queue's claims keep two of them from sending one notice at once,
 * and a notice a crashed process held is claimed again once its lease runs out and sent with the
 * same key.
 *
 * <p>Framework-free: the embedding calls {@link #dispatchDue()} from its own scheduler.
 */
public final class NoticeDispatcher {

  private final NoticeQueue queue;
  private final List<NoticeSender> senders;
  private final Clock clock;
  private final Policy policy;
  private final String claimant;
  private final RandomGenerator random;

  /**
   * @param claimant this dispatcher's name in the queue's claims (unique per process, e.g. host and
   *     process id)
   * @param random the source of the retry delays' jitter
   */
  public NoticeDispatcher(
      NoticeQueue queue,
      List<NoticeSender> senders,
      Clock clock,
      Policy policy,
      String claimant,
      RandomGenerator random) {
    this.queue = Objects.requireNonNull(queue, "queue");
    this.senders = List.copyOf(senders);
    this.clock = Objects.requireNonNull(clock, "clock");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.claimant = Objects.requireNonNull(claimant, "claimant");
    this.random = Objects.requireNonNull(random, "random");
    // checks the claimant's name and the lease now rather than at the first run
    new NoticeQueue.Claim(claimant, Instant.EPOCH, policy.lease(), policy.batchSize());
  }

  /**
   * How a dispatcher claims and retries.
   *
   * @param batchSize notices claimed at once
   * @param lease how long a claim holds a notice: longer than sending one batch can take
   * @param maxAttempts attempts before a notice that keeps failing is given up
   * @param firstDelay the delay before the second attempt; each later one doubles, up to {@code
   *     maxDelay}, and is jittered down by up to half
   */
  public record Policy(
      int batchSize, Duration lease, int maxAttempts, Duration firstDelay, Duration maxDelay) {
    public Policy {
      if (batchSize < 1 || batchSize > 1000) {
        throw new IllegalArgumentException("a batch is 1–1000 notices, not " + batchSize);
      }
      Objects.requireNonNull(lease, "lease");
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("at least one attempt, not " + maxAttempts);
      }
      Objects.requireNonNull(firstDelay, "firstDelay");
      Objects.requireNonNull(maxDelay, "maxDelay");
      if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
        throw new IllegalArgumentException("delays are positive and the first is not the longest");
      }
    }

    /** 50 a batch, 5-minute lease, 8 attempts, 30 s doubling up to 1 hour. */
    public static Policy standard() {
      return new Policy(50, Duration.ofMinutes(5), 8, Duration.ofSeconds(30), Duration.ofHours(1));
    }

    /** The delay before attempt {@code attempts + 1}, before jitter. */
    Duration delayAfter(int attempts) {
      Duration d = firstDelay;
      for (int i = 1; i < attempts && d.compareTo(maxDelay) < 0; i++) {
        d = d.multipliedBy(2);
      }
      return d.compareTo(maxDelay) > 0 ? maxDelay : d;
    }
  }

  /**
   * What one run did.
   *
   * @param sent notices handed over
   * @param retried notices put back for a later attempt, with why
   * @param failed notices given up, and records that failed, with why
   */
  public record Report(List<NoticeId> sent, List<ItemFailure> retried, List<ItemFailure> failed) {
    public Report {
      sent = List.copyOf(sent);
      retried = List.copyOf(retried);
      failed = List.copyOf(failed);
    }

    /** Notices this run claimed. */
    public int claimed() {
      return sent.size() + retried.size() + failed.size();
    }
  }

  /** Claims one batch of due notices and sends each. */
  public Report dispatchDue() {
    Instant now = clock.instant();
    List<QueuedNotice> batch =
        queue.claimDue(new NoticeQueue.Claim(claimant, now, policy.lease(), policy.batchSize()));
    List<NoticeId> sent = new ArrayList<>();
    List<ItemFailure> retried = new ArrayList<>();
    List<ItemFailure> failed = new ArrayList<>();
    for (QueuedNotice n : batch) {
      try {
        dispatch(n, sent, retried, failed);
      } catch (RuntimeException e) {
        // the record itself failed: the lease runs out and the notice is claimed again
        failed.add(ItemFailure.of(n.id().value(), e));
      }
    }
    return new Report(sent, retried, failed);
  }

  /** Runs batches until one claims nothing or {@code maxBatches} ran; returns every report. */
  public List<Report> dispatchAllDue(int maxBatches) {
    List<Report> reports = new ArrayList<>();
    for (int i = 0; i < maxBatches; i++) {
      Report r = dispatchDue();
      reports.add(r);
      if (r.claimed() == 0) {
        break;
      }
    }
    return reports;
  }

  private void dispatch(
      QueuedNotice n, List<NoticeId> sent, List<ItemFailure> retried, List<ItemFailure> failed) {
    String id = n.id().value();
    Optional<NoticeSender> sender =
        senders.stream().filter(s -> s.handles(n.notification().channel())).findFirst();
    if (sender.isEmpty()) {
      String reason = "no sender for channel " + n.notification().channel();
      queue.recordFailed(n.id(), claimant, reason, clock.instant());
      failed.add(new ItemFailure(id, reason));
      return;
    }
    Notifier.Receipt receipt;
    try {
      receipt = sender.get().deliver(n.id(), n.notification());
    } catch (NoticeDeliveryException e) {
      fail(n, reason(e), e.retryable(), retried, failed);
      return;
    } catch (RuntimeException e) {
      // an unexpected failure of the sender: perhaps passing, so retried while attempts remain
      fail(n, reason(e), true, retried, failed);
      return;
    }
    if (queue.recordSent(n.id(), claimant, receipt.deliveryId(), receipt.sentAt())) {
      sent.add(n.id());
    } else {
      failed.add(new ItemFailure(id, "sent, but the claim had run out before it was recorded"));
    }
  }

  private void fail(
      QueuedNotice n,
      String reason,
      boolean retryable,
      List<ItemFailure> retried,
      List<ItemFailure> failed) {
    Instant now = clock.instant();
    if (retryable && n.attempts() < policy.maxAttempts()) {
      queue.recordRetry(
          n.id(), claimant, now.plus(jittered(policy.delayAfter(n.attempts()))), reason);
      retried.add(new ItemFailure(n.id().value(), reason));
    } else {
      String why = retryable ? reason + " (after " + n.attempts() + " attempts)" : reason;
      queue.recordFailed(n.id(), claimant, why, now);
      failed.add(new ItemFailure(n.id().value(), why));
    }
  }

  /**
   * Between half the delay and the whole of it ("equal jitter"), so retries do not march in step.
   */
  private Duration jittered(Duration d) {
    long half = d.toMillis() / 2;
    return Duration.ofMillis(Math.max(1, half + (half > 0 ? random.nextLong(half + 1) : 0)));
  }

  private static String reason(RuntimeException e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
