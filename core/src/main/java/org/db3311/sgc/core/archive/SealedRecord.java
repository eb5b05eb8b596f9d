package org.db3311.sgc.core.archive;

import java.util.Objects;

/**
 * A record as sealed: its content hash, and the chain link that binds it to everything before it in
 * the file (link = SHA-256(previous link ‖ position ‖ content hash)).
 */
public record SealedRecord(ArchiveRecord record, ContentHash contentHash, ContentHash link) {
  public SealedRecord {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(contentHash, "contentHash");
    Objects.requireNonNull(link, "link");
  }
}
