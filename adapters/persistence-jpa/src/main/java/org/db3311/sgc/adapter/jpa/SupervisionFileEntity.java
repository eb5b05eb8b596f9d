package org.db3311.sgc.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A row of {@code supervision_file}: the file's snapshot as a document, and beside it the columns
 * the supervision queries filter, group and order by. The participating units are rows of {@code
 * supervision_participant}, written by the repository.
 */
@Entity
@Table(name = "supervision_file")
public class SupervisionFileEntity {

  @Id
  @Column(name = "subject")
  public String subject;

  @Column(name = "version", nullable = false)
  public long version;

  @Column(name = "state", nullable = false)
  public String state;

  @Column(name = "lead_unit", nullable = false)
  public String leadUnit;

  @Column(name = "next_deadline")
  public LocalDate nextDeadline;

  @Column(name = "opened_at", nullable = false)
  public OffsetDateTime openedAt;

  @Column(name = "clocks_running", nullable = false)
  public boolean clocksRunning;

  @Column(name = "document", nullable = false, length = 1_000_000)
  public String document;
}
