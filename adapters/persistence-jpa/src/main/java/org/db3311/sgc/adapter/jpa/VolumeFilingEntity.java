package org.db3311.sgc.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A row of {@code volume_filing}: one filing (volumes, catalogue, transfer list) as a document,
 * keyed by its transfer list's hash.
 */
@Entity
@Table(name = "volume_filing")
public class VolumeFilingEntity {

  @Column(name = "list_hash", nullable = false, unique = true)
  public String listHash;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "volume_filing")
  @SequenceGenerator(name = "volume_filing", sequenceName = "volume_filing_seq", allocationSize = 1)
  @Column(name = "entry_no")
  public Long entry;

  @Column(name = "filing_year", nullable = false)
  public int year;

  @Column(name = "received", nullable = false)
  public boolean received;

  @Column(name = "document", nullable = false, length = 1_000_000)
  public String document;
}
