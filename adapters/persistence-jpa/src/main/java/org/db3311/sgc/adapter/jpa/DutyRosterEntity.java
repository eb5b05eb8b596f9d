package org.db3311.sgc.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A row of {@code duty_roster}: a month's roster as a document, keyed by the month. */
@Entity
@Table(name = "duty_roster")
public class DutyRosterEntity {

  @Id
  @Column(name = "roster_month")
  public String month;

  @Column(name = "version", nullable = false)
  public long version;

  @Column(name = "state", nullable = false)
  public String state;

  @Column(name = "published_at")
  public OffsetDateTime publishedAt;

  @Column(name = "document", nullable = false, length = 1_000_000)
  public String document;
}
