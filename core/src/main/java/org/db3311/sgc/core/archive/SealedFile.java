package org.db3311.sgc.core.archive;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.db3311.sgc.core.common.Actor;

/**
 * A sealed electronic file (封存的电子案卷): header, records with their chained hashes, and the seal over
 * the last link. Only {@link FileSealer} and the export reader create one; whether the stored
 * hashes still match the content is for {@link SealVerifier} to say, so a damaged file can still be
 * loaded and examined.
 */
public final class SealedFile {

  private final FileHeader header;
  private final ContentHash headerHash;
  private final List<SealedRecord> records;
  private final Instant sealedAt;
  private final Actor sealedBy;
  private final ContentHash seal;

  SealedFile(
      FileHeader header,
      ContentHash headerHash,
      List<SealedRecord> records,
      Instant sealedAt,
      Actor sealedBy,
      ContentHash seal) {
    this.header = Objects.requireNonNull(header, "header");
    this.headerHash = Objects.requireNonNull(headerHash, "headerHash");
    this.records = List.copyOf(records);
    this.sealedAt = Objects.requireNonNull(sealedAt, "sealedAt");
    this.sealedBy = Objects.requireNonNull(sealedBy, "sealedBy");
    this.seal = Objects.requireNonNull(seal, "seal");
  }

  public FileHeader header() {
    return header;
  }

  public String fileId() {
    return header.fileId();
  }

  public ContentHash headerHash() {
    return headerHash;
  }

  public List<SealedRecord> records() {
    return records;
  }

  public Instant sealedAt() {
    return sealedAt;
  }

  public Actor sealedBy() {
    return sealedBy;
  }

  /** The file's seal: what the archive ledger, volumes and transfer lists refer to. */
  public ContentHash seal() {
    return seal;
  }

  /** The same file with one record's content swapped, hashes untouched: a tampering for tests. */
  SealedFile withRecord(int index, ArchiveRecord replacement) {
    java.util.ArrayList<SealedRecord> copy = new java.util.ArrayList<>(records);
    SealedRecord old = copy.get(index);
    copy.set(index, new SealedRecord(replacement, old.contentHash(), old.link()));
    return new SealedFile(header, headerHash, copy, sealedAt, sealedBy, seal);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SealedFile f
        && header.equals(f.header)
        && headerHash.equals(f.headerHash)
        && records.equals(f.records)
        && sealedAt.equals(f.sealedAt)
        && sealedBy.equals(f.sealedBy)
        && seal.equals(f.seal);
  }

  @Override
  public int hashCode() {
    return seal.hashCode();
  }

  @Override
  public String toString() {
    return "SealedFile[" + header.fileId() + ", " + records.size() + " records, seal " + seal + "]";
  }
}
