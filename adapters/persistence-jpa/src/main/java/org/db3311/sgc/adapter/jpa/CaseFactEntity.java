package org.db3311.sgc.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A row of {@code case_fact}: the fact analysis reads about one matter, with the registration time
 * its period scans use.
 */
@Entity
@Table(name = "case_fact")
public class CaseFactEntity {

  @Id
  @Column(name = "matter_id")
  public String id;

  @Column(name = "registered_at", nullable = false)
  public OffsetDateTime registeredAt;

  @Column(name = "closed_at")
  public OffsetDateTime closedAt;

  @Column(name = "category", nullable = false)
  public String category;

  // what the reports count (V30), kept beside the document so a database can count them
  @Column(name = "kind")
  public String kind;

  @Column(name = "cause")
  public String cause;

  @Column(name = "place_label")
  public String placeLabel;

  @Column(name = "handling_method")
  public String handlingMethod;

  @Column(name = "outcome")
  public String outcome;

  @Column(name = "document", nullable = false, length = 1_000_000)
  public String document;
}
