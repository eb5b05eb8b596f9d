package org.db3311.sgc.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A row of {@code incident}: an incident's snapshot as a document, keyed by its id, with the
 * columns sweeps and period reports read.
 */
@Entity
@Table(name = "incident")
public class IncidentEntity extends VersionedDocument {

  @Id
  @Column(name = "incident_id")
  public String id;

  @Column(name = "state", nullable = false)
  public String state;

  @Column(name = "discovered_at", nullable = false)
  public OffsetDateTime discoveredAt;

  @Column(name = "closed_at")
  public OffsetDateTime closedAt;
}
