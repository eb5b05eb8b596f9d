package org.db3311.sgc.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A row of {@code published_figure}: a figure as published, keyed by its id, in publishing order.
 */
@Entity
@Table(name = "published_figure")
public class PublishedFigureEntity {

  @Column(name = "figure_id", nullable = false, unique = true)
  public String id;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "published_figure")
  @SequenceGenerator(
      name = "published_figure",
      sequenceName = "published_figure_seq",
      allocationSize = 1)
  @Column(name = "entry_no")
  public Long entry;

  @Column(name = "published_at", nullable = false)
  public OffsetDateTime publishedAt;

  @Column(name = "document", nullable = false, length = 1_000_000)
  public String document;
}
