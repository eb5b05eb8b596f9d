package org.db3311.sgc.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A row of {@code mediation_case}: the case's snapshot as a document, and beside it the columns the
 * finders read (the matter and attempt, whether the confirmation due date is provisional).
 */
@Entity
@Table(name = "mediation_case")
public class MediationCaseEntity extends VersionedDocument {

  @Id
  @Column(name = "id")
  public String id;

  @Column(name = "matter", nullable = false)
  public String matter;

  @Column(name = "attempt", nullable = false)
  public int attempt;

  @Column(name = "state", nullable = false)
  public String state;

  @Column(name = "category_code", nullable = false)
  public String categoryCode;

  @Column(name = "opened_at", nullable = false)
  public OffsetDateTime openedAt;

  @Column(name = "confirmation_due")
  public LocalDate confirmationDue;

  @Column(name = "confirmation_provisional", nullable = false)
  public boolean confirmationProvisional;
}
