package org.db3311.sgc.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A row of {@code epidemic_case}: an epidemic-related case's snapshot as a document, keyed by its
 * id.
 */
@Entity
@Table(name = "epidemic_case")
public class EpidemicCaseEntity extends VersionedDocument {

  @Id
  @Column(name = "case_id")
  public String id;

  @Column(name = "matter_id", nullable = false)
  public String matter;

  @Column(name = "state", nullable = false)
  public String state;

  @Column(name = "deadline", nullable = false)
  public OffsetDateTime deadline;

  @Column(name = "routed_unit")
  public String routedTo;
}
