package org.db3311.sgc.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A row of {@code warning}: a warning's snapshot as a document, keyed by its id; {@code
 * openSubject} is its subject while it is open, under a unique key.
 */
@Entity
@Table(name = "warning")
public class WarningEntity extends VersionedDocument {

  @Id
  @Column(name = "warning_id")
  public String id;

  @Column(name = "subject_kind", nullable = false)
  public String subjectKind;

  @Column(name = "subject_key", nullable = false)
  public String subjectKey;

  @Column(name = "open_subject")
  public String openSubject;

  @Column(name = "owner_unit", nullable = false)
  public String ownerUnit;

  @Column(name = "raised_at", nullable = false)
  public OffsetDateTime raisedAt;

  @Column(name = "warning_level", nullable = false)
  public String level;

  @Column(name = "state", nullable = false)
  public String state;
}
