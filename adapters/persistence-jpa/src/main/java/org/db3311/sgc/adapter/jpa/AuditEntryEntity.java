package org.db3311.sgc.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A row of {@code audit_entry}: one {@link org.db3311.sgc.core.common.AuditEntry}. */
@Entity
@Table(name = "audit_entry")
public class AuditEntryEntity {

  /** Append order; entries of one aggregate are read back in it. */
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_position")
  @SequenceGenerator(
      name = "audit_position",
      sequenceName = "audit_position_seq",
      allocationSize = SequenceAllocation.ALLOCATION)
  public Long position;

  @Column(name = "at", nullable = false)
  public OffsetDateTime at;

  @Column(name = "actor_id", nullable = false)
  public String actorId;

  @Column(name = "actor_name", nullable = false)
  public String actorName;

  @Column(name = "aggregate_type", nullable = false)
  public String aggregateType;

  @Column(name = "aggregate_id", nullable = false)
  public String aggregateId;

  @Column(name = "action", nullable = false)
  public String action;

  @Column(name = "from_state", nullable = false)
  public String fromState;

  @Column(name = "to_state", nullable = false)
  public String toState;

  @Column(name = "detail", nullable = false)
  public String detail;
}
