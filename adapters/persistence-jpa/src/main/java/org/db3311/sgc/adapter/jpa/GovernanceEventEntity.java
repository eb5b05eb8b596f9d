package org.db3311.sgc.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A row of {@code governance_event}: the event's snapshot as a document, keyed by the registration
 * number of its matter, and beside it the columns that describe the row.
 */
@Entity
@Table(name = "governance_event")
public class GovernanceEventEntity extends VersionedDocument {

  @Id
  @Column(name = "matter_number")
  public String matter;

  @Column(name = "state", nullable = false)
  public String state;

  @Column(name = "handling_round", nullable = false)
  public int round;

  @Column(name = "category_code", nullable = false)
  public String categoryCode;

  @Column(name = "county", nullable = false)
  public String county;

  @Column(name = "received_at", nullable = false)
  public OffsetDateTime receivedAt;

  @Column(name = "lead_unit")
  public String leadUnit;

  @Column(name = "led_by_fallback", nullable = false)
  public boolean ledByFallback;
}
