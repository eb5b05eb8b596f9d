package org.db3311.sgc.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A row of {@code notice_queue}: one {@link org.db3311.sgc.core.notice.QueuedNotice}. The
 * notification (with the recipient's name and telephone number) is a document; the columns beside
 * it are what claims, receipts and retention search.
 */
@Entity
@Table(name = "notice_queue")
public class NoticeEntity {

  @Id
  @Column(name = "notice_id")
  public String id;

  /** Queue order, given by the database (an identity column); never written from here. */
  @Column(name = "queue_position", insertable = false, updatable = false)
  public Long position;

  @Column(name = "state", nullable = false)
  public String state;

  @Column(name = "channel", nullable = false)
  public String channel;

  @Column(name = "reference", nullable = false)
  public String reference;

  @Column(name = "queued_at", nullable = false)
  public OffsetDateTime queuedAt;

  @Column(name = "attempts", nullable = false)
  public int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  public OffsetDateTime nextAttemptAt;

  @Column(name = "claimant")
  public String claimant;

  @Column(name = "lease_until")
  public OffsetDateTime leaseUntil;

  @Column(name = "message_id")
  public String messageId;

  @Column(name = "last_failure")
  public String lastFailure;

  @Column(name = "settled_at")
  public OffsetDateTime settledAt;

  @Column(name = "notification", nullable = false)
  public String notification;
}
