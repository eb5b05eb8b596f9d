package org.db3311.sgc.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A row of {@code follow_up}: the follow-up's snapshot as a document, and beside it the columns the
 * finder by matter reads (the matter and the round).
 */
@Entity
@Table(name = "follow_up")
public class FollowUpEntity extends VersionedDocument {

  @Id
  @Column(name = "id")
  public String id;

  @Column(name = "matter", nullable = false)
  public String matter;

  @Column(name = "round_number", nullable = false)
  public int round;

  @Column(name = "state", nullable = false)
  public String state;

  @Column(name = "opened_at", nullable = false)
  public OffsetDateTime openedAt;
}
