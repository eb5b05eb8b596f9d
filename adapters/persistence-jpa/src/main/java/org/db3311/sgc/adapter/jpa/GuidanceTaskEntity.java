package org.db3311.sgc.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A row of {@code guidance_task}: a guidance task's snapshot as a document, keyed by its id. */
@Entity
@Table(name = "guidance_task")
public class GuidanceTaskEntity extends VersionedDocument {

  @Id
  @Column(name = "task_id")
  public String id;

  @Column(name = "issuer", nullable = false)
  public String issuer;

  @Column(name = "topic", nullable = false)
  public String topic;

  @Column(name = "due", nullable = false)
  public LocalDate due;

  @Column(name = "issued_at", nullable = false)
  public OffsetDateTime issuedAt;
}
