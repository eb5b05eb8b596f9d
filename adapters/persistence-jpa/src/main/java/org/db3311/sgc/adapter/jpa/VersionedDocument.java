package org.db3311.sgc.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * What every row of a versioned aggregate holds besides its key and searchable columns: the stored
 * version and the snapshot as a document ({@link SnapshotCodec}).
 */
@MappedSuperclass
public abstract class VersionedDocument {

  @Column(name = "version", nullable = false)
  public long version;

  @Column(name = "document", nullable = false, length = 1_000_000)
  public String document;
}
