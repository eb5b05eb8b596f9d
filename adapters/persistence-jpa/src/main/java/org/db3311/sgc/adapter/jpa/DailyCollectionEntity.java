package org.db3311.sgc.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A row of {@code daily_collection}: a day's collection as collected, keyed by the day. */
@Entity
@Table(name = "daily_collection")
public class DailyCollectionEntity {

  @Id
  @Column(name = "collection_day")
  public LocalDate day;

  @Column(name = "collected_at", nullable = false)
  public OffsetDateTime collectedAt;

  @Column(name = "interim", nullable = false)
  public boolean interim;

  @Column(name = "document", nullable = false, length = 1_000_000)
  public String document;
}
