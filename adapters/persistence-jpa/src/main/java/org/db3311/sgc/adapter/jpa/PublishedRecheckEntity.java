package org.db3311.sgc.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A row of {@code published_recheck}: a re-check result as disclosed, in publishing order. */
@Entity
@Table(name = "published_recheck")
public class PublishedRecheckEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "published_recheck")
  @SequenceGenerator(
      name = "published_recheck",
      sequenceName = "published_recheck_seq",
      allocationSize = 1)
  @Column(name = "entry_no")
  public Long entry;

  @Column(name = "action_id", nullable = false)
  public String actionId;

  @Column(name = "check_round", nullable = false)
  public int round;

  @Column(name = "published_at", nullable = false)
  public OffsetDateTime publishedAt;

  @Column(name = "document", nullable = false, length = 1_000_000)
  public String document;
}
