package org.db3311.sgc.adapter.jpa;

import static org.db3311.sgc.adapter.jpa.Conversions.toColumn;
import static org.db3311.sgc.adapter.jpa.Conversions.toInstant;
import static org.db3311.sgc.adapter.jpa.Conversions.toOptional;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.common.Notification;
import org.db3311.sgc.core.notice.NoticeId;
import org.db3311.sgc.core.notice.NoticeQueue;
import org.db3311.sgc.core.notice.NoticeState;
import org.db3311.sgc.core.notice.QueuedNotice;

/**
 * The notice queue in table {@code notice_queue} ({@code V8__notice_queue.sql}). {@link #enqueue}
 * writes in the caller's unit of work. A claim reads the due candidates, then takes each with a
 * conditional update in a transaction of its own — {@code set state = 'SENDING', claimant, lease
 * where notice_id = ? and (still due or its lease ran out)} — so of two dispatchers racing for a
 * row, on PostgreSQL or H2, the second waits for the first's row lock, finds the condition no
 * longer true and takes nothing. The sending happens outside any transaction; the outcome is
 * recorded by another conditional update that only the holder of the lease can make.
 *
 * <p>The notification, with the recipient's name and telephone number, is stored as a document
 * ({@link SnapshotCodec}) in this table only, and deleted with its row by {@link
 * #forgetSettledBefore}.
 */
public final class JpaNoticeQueue implements NoticeQueue {

  private static final String DUE =
      "(n.state = 'QUEUED' and n.nextAttemptAt <= :now)"
          + " or (n.state = 'SENDING' and n.leaseUntil <= :now)";

  private final JpaUnitOfWork unitOfWork;

  public JpaNoticeQueue(JpaStore store) {
    this.unitOfWork = Objects.requireNonNull(store, "store").unitOfWork();
  }

  @Override
  public QueuedNotice enqueue(Notification notification, Instant at) {
    QueuedNotice q = QueuedNotice.queued(NoticeId.random(), notification, at);
    NoticeEntity row = new NoticeEntity();
    row.id = q.id().value();
    row.state = q.state().name();
    row.channel = notification.channel().name();
    row.reference = notification.reference();
    row.queuedAt = toColumn(at);
    row.attempts = 0;
    row.nextAttemptAt = toColumn(at);
    row.notification = SnapshotCodec.write(notification);
    unitOfWork.with(
        em -> {
          em.persist(row);
          em.flush();
          return null;
        });
    return q;
  }

  @Override
  public List<QueuedNotice> claimDue(Claim claim) {
    Objects.requireNonNull(claim, "claim");
    OffsetDateTime now = toColumn(claim.now());
    // more candidates than asked: racing claimants may take some of them first
    List<String> candidates =
        unitOfWork.with(
            em ->
                em.createQuery(
                        "select n.id from NoticeEntity n where "
                            + DUE
                            + " order by n.nextAttemptAt, n.position",
                        String.class)
                    .setParameter("now", now)
                    .setMaxResults(claim.limit() * 2)
                    .getResultList());
    List<QueuedNotice> claimed = new ArrayList<>();
    for (String id : candidates) {
      if (claimed.size() == claim.limit()) {
        break;
      }
      Optional<QueuedNotice> taken =
          unitOfWork.with(
              em -> {
                int n =
                    em.createQuery(
                            "update NoticeEntity n set n.state = 'SENDING', n.claimant = :who,"
                                + " n.leaseUntil = :until, n.attempts = n.attempts + 1,"
                                + " n.settledAt = null where n.id = :id and ("
                                + DUE
                                + ")")
                        .setParameter("who", claim.claimant())
                        .setParameter("until", toColumn(claim.leaseUntil()))
                        .setParameter("id", id)
                        .setParameter("now", now)
                        .executeUpdate();
                return n == 1
                    ? Optional.of(read(em.find(NoticeEntity.class, id)))
                    : Optional.empty();
              });
      taken.ifPresent(claimed::add);
    }
    return List.copyOf(claimed);
  }

  @Override
  public boolean recordSent(NoticeId id, String claimant, String messageId, Instant at) {
    Objects.requireNonNull(messageId, "messageId");
    return changeHeld(
        id,
        claimant,
        "n.state = 'SENT', n.messageId = :message, n.settledAt = :at",
        Map.of("message", messageId, "at", toColumn(at)));
  }

  @Override
  public boolean recordRetry(NoticeId id, String claimant, Instant next, String reason) {
    return changeHeld(
        id,
        claimant,
        "n.state = 'QUEUED', n.nextAttemptAt = :next, n.lastFailure = :reason",
        Map.of("next", toColumn(next), "reason", cut(reason)));
  }

  @Override
  public boolean recordFailed(NoticeId id, String claimant, String reason, Instant at) {
    return changeHeld(
        id,
        claimant,
        "n.state = 'FAILED', n.lastFailure = :reason, n.settledAt = :at",
        Map.of("reason", cut(reason), "at", toColumn(at)));
  }

  /** The update of a held notice: the lease ends with it. */
  private boolean changeHeld(
      NoticeId id, String claimant, String set, Map<String, Object> parameters) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(claimant, "claimant");
    return unitOfWork.with(
        em -> {
          var q =
              em.createQuery(
                      "update NoticeEntity n set "
                          + set
                          + ", n.claimant = null, n.leaseUntil = null"
                          + " where n.id = :id and n.state = 'SENDING' and n.claimant = :who")
                  .setParameter("id", id.value())
                  .setParameter("who", claimant);
          parameters.forEach(q::setParameter);
          return q.executeUpdate() == 1;
        });
  }

  @Override
  public boolean recordReceipt(Receipt r) {
    Objects.requireNonNull(r, "receipt");
    NoticeState to =
        switch (r.status()) {
          case DELIVERED -> NoticeState.DELIVERED;
          case UNDELIVERED -> NoticeState.UNDELIVERED;
        };
    return unitOfWork.with(
        em -> {
          NoticeEntity row =
              em.find(NoticeEntity.class, r.notice().value(), LockModeType.PESSIMISTIC_WRITE);
          if (row == null) {
            return false;
          }
          if (!NoticeState.DELIVERED.name().equals(row.state)) {
            row.state = to.name();
            r.messageId().ifPresent(m -> row.messageId = m);
            r.reason().ifPresent(reason -> row.lastFailure = cut(reason));
            row.claimant = null;
            row.leaseUntil = null;
            row.settledAt = toColumn(r.at());
            em.flush();
          }
          return true;
        });
  }

  @Override
  public Optional<QueuedNotice> find(NoticeId id) {
    return unitOfWork.with(
        em ->
            Optional.ofNullable(em.find(NoticeEntity.class, id.value())).map(JpaNoticeQueue::read));
  }

  @Override
  public List<QueuedNotice> withReference(String reference) {
    Objects.requireNonNull(reference, "reference");
    return unitOfWork.with(
        em ->
            em
                .createQuery(
                    "select n from NoticeEntity n where n.reference = :reference"
                        + " order by n.position",
                    NoticeEntity.class)
                .setParameter("reference", reference)
                .getResultList()
                .stream()
                .map(JpaNoticeQueue::read)
                .toList());
  }

  @Override
  public Map<NoticeState, Long> countByState() {
    return unitOfWork.with(
        em -> {
          Map<NoticeState, Long> counts = new EnumMap<>(NoticeState.class);
          for (Object[] row :
              em.createQuery(
                      "select n.state, count(n) from NoticeEntity n group by n.state",
                      Object[].class)
                  .getResultList()) {
            counts.put(NoticeState.valueOf((String) row[0]), ((Number) row[1]).longValue());
          }
          return Map.copyOf(counts);
        });
  }

  @Override
  public int forgetSettledBefore(Instant cutoff) {
    return unitOfWork.with(
        em ->
            em.createQuery("delete from NoticeEntity n where n.settledAt < :cutoff")
                .setParameter("cutoff", toColumn(cutoff))
                .executeUpdate());
  }

  private static String cut(String reason) {
    String r = Objects.requireNonNull(reason, "reason");
    return r.length() <= 2000 ? r : r.substring(0, 1999) + "…";
  }

  private static QueuedNotice read(NoticeEntity row) {
    return new QueuedNotice(
        new NoticeId(row.id),
        SnapshotCodec.read(row.notification, Notification.class),
        NoticeState.valueOf(row.state),
        toInstant(row.queuedAt),
        row.attempts,
        toInstant(row.nextAttemptAt),
        toOptional(row.claimant),
        Optional.ofNullable(toInstant(row.leaseUntil)),
        toOptional(row.messageId),
        toOptional(row.lastFailure),
        Optional.ofNullable(toInstant(row.settledAt)));
  }
}
