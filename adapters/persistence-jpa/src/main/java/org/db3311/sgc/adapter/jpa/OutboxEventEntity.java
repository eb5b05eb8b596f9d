package org.db3311.sgc.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A row of {@code outbox_event}: one {@link org.db3311.sgc.core.common.IntegrationEvent}. */
@Entity
@Table(name = "outbox_event")
public class OutboxEventEntity {

  /** Append order across aggregates, from {@code outbox_position_seq}. */
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_position")
  @SequenceGenerator(
      name = "outbox_position",
      sequenceName = "outbox_position_seq",
      allocationSize = SequenceAllocation.ALLOCATION)
  public Long position;

  @Column(name = "event_id", nullable = false, unique = true)
  public String eventId;

  @Column(name = "type", nullable = false)
  public String type;

  @Column(name = "schema_version", nullable = false)
  public int schemaVersion;

  @Column(name = "aggregate_type", nullable = false)
  public String aggregateType;

  @Column(name = "aggregate_id", nullable = false)
  public String aggregateId;

  @Column(name = "sequence", nullable = false)
  public long sequence;

  @Column(name = "occurred_at", nullable = false)
  public OffsetDateTime occurredAt;

  @Column(name = "action", nullable = false)
  public String action;

  @Column(name = "from_state")
  public String fromState;

  @Column(name = "to_state", nullable = false)
  public String toState;

  @Column(name = "aggregate_version", nullable = false)
  public long aggregateVersion;

  @Column(name = "published_at")
  public OffsetDateTime publishedAt;

  /** The relay holding a lease on this unpublished row, or null. */
  @Column(name = "claimed_by")
  public String claimedBy;

  /** When the lease of {@link #claimedBy} ends. */
  @Column(name = "claimed_until")
  public OffsetDateTime claimedUntil;
}
