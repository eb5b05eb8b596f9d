package org.db3311.sgc.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A row of {@code matter}: the matter's snapshot as a document, and beside it the columns the
 * database searches and constrains (unique registration number and transfer source reference).
 */
@Entity
@Table(name = "matter")
public class MatterEntity {

  @Id
  @Column(name = "registration_number")
  public String number;

  @Column(name = "version", nullable = false)
  public long version;

  @Column(name = "state", nullable = false)
  public String state;

  @Column(name = "kind", nullable = false)
  public String kind;

  @Column(name = "channel", nullable = false)
  public String channel;

  @Column(name = "category_code", nullable = false)
  public String categoryCode;

  @Column(name = "county", nullable = false)
  public String county;

  @Column(name = "township")
  public String township;

  @Column(name = "township_code")
  public String townshipCode;

  @Column(name = "registered_at", nullable = false)
  public OffsetDateTime registeredAt;

  @Column(name = "closed_at")
  public OffsetDateTime closedAt;

  @Column(name = "source_system")
  public String sourceSystem;

  @Column(name = "source_reference")
  public String sourceReference;

  /** The number in number order as text (the sequence zero-padded): every sort's tie-breaker. */
  @Column(name = "number_order", nullable = false)
  public String numberOrder;

  @Column(name = "document", nullable = false, length = 1_000_000)
  public String document;
}
