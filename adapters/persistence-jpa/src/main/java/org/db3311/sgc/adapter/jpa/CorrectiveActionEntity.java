package org.db3311.sgc.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A row of {@code corrective_action}: a corrective action's snapshot as a document, keyed by its
 * id.
 */
@Entity
@Table(name = "corrective_action")
public class CorrectiveActionEntity extends VersionedDocument {

  @Id
  @Column(name = "action_id")
  public String id;

  @Column(name = "owner_unit", nullable = false)
  public String owner;

  @Column(name = "state", nullable = false)
  public String state;

  @Column(name = "due", nullable = false)
  public LocalDate due;

  @Column(name = "raised_at", nullable = false)
  public OffsetDateTime raisedAt;

  @Column(name = "recheck_due")
  public LocalDate recheckDue;
}
