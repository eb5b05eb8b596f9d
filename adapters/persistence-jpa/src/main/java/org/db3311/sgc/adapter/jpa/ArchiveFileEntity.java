package org.db3311.sgc.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A row of {@code archive_file}: a sealed file in its export form and, beside it, its entry of the
 * archive ledger (position, seal, entry hash).
 */
@Entity
@Table(name = "archive_file")
public class ArchiveFileEntity {

  @Id
  @Column(name = "file_id")
  public String fileId;

  @Column(name = "ledger_position", nullable = false)
  public long position;

  @Column(name = "filing_year", nullable = false)
  public int filingYear;

  @Column(name = "seal", nullable = false)
  public String seal;

  @Column(name = "entry_hash", nullable = false)
  public String entryHash;

  @Column(name = "content", nullable = false)
  public byte[] content;
}
