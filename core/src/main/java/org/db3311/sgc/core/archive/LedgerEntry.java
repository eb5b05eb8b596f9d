package org.db3311.sgc.core.archive;

import java.util.Objects;

/**
 * One entry of the archive ledger: a file's seal chained to the entry before it (hash =
 * SHA-256(previous ‖ position ‖ file id ‖ seal)), so that files are chained as records are.
 */
public record LedgerEntry(
    long position, String fileId, ContentHash seal, ContentHash previous, ContentHash hash) {
  public LedgerEntry {
    if (position < 1) {
      throw new IllegalArgumentException("ledger positions start at 1");
    }
    Objects.requireNonNull(fileId, "fileId");
    Objects.requireNonNull(seal, "seal");
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(hash, "hash");
  }
}
