package org.db3311.sgc.core.archive;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.AuditEntry;

/**
 * One record of an electronic file (电子文件): a registration, decision, record, agreement, notice,
 * follow-up, audit entry or a material's metadata. The content is the record's own bytes (e.g. a
 * rendered document or structured text); a material is described by metadata and its hash.
 *
 * @param metadata descriptive fields, kept sorted so that hashing is independent of insertion order
 */
public record ArchiveRecord(
    RecordType type,
    String title,
    Instant createdAt,
    Actor author,
    SortedMap<String, String> metadata,
    byte[] content) {

  public ArchiveRecord {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(author, "author");
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("an archive record needs a title");
    }
    TreeMap<String, String> copy = new TreeMap<>();
    for (Map.Entry<String, String> e : Objects.requireNonNull(metadata, "metadata").entrySet()) {
      if (e.getKey() == null || e.getKey().isBlank() || e.getValue() == null) {
        throw new IllegalArgumentException("metadata keys are non-blank and values non-null");
      }
      copy.put(e.getKey(), e.getValue());
    }
    metadata = Collections.unmodifiableSortedMap(copy);
    content = Objects.requireNonNull(content, "content").clone();
  }

  public static ArchiveRecord of(
      RecordType type, String title, Instant createdAt, Actor author, byte[] content) {
    return new ArchiveRecord(type, title, createdAt, author, new TreeMap<>(), content);
  }

  /**
   * A material described by its metadata and the SHA-256 of its bytes, which stay in the material
   * store: the file proves which material was used without copying it.
   */
  public static ArchiveRecord material(
      String title,
      Instant createdAt,
      Actor author,
      String mediaType,
      long size,
      ContentHash materialHash) {
    if (size < 0) {
      throw new IllegalArgumentException("a material's size is not negative");
    }
    TreeMap<String, String> meta = new TreeMap<>();
    meta.put("mediaType", Objects.requireNonNull(mediaType, "mediaType"));
    meta.put("size", Long.toString(size));
    meta.put("sha256", materialHash.hex());
    return new ArchiveRecord(RecordType.MATERIAL, title, createdAt, author, meta, new byte[0]);
  }

  /** One entry of the audit trail as a record of the file. */
  public static ArchiveRecord ofAudit(AuditEntry entry) {
    TreeMap<String, String> meta = new TreeMap<>();
    meta.put("aggregateType", entry.aggregateType());
    meta.put("aggregateId", entry.aggregateId());
    meta.put("action", entry.action());
    meta.put("fromState", entry.fromState());
    meta.put("toState", entry.toState());
    return new ArchiveRecord(
        RecordType.AUDIT_ENTRY,
        entry.action() + " " + entry.fromState() + " → " + entry.toState(),
        entry.at(),
        entry.actor(),
        meta,
        entry.detail().getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  /** The record's canonical bytes: what its content hash covers. */
  byte[] canonicalBytes() {
    Canonical.Writer w = new Canonical.Writer().tag("record");
    writeTo(w);
    return w.toBytes();
  }

  void writeTo(Canonical.Writer w) {
    w.string(type.name()).string(title).instant(createdAt);
    w.string(author.id()).string(author.name());
    w.integer(metadata.size());
    metadata.forEach((k, v) -> w.string(k).string(v));
    w.bytes(content);
  }

  static ArchiveRecord readFrom(Canonical.Reader r) {
    RecordType type;
    String typeName = r.string();
    try {
      type = RecordType.valueOf(typeName);
    } catch (IllegalArgumentException e) {
      throw new MalformedArchiveException("unknown record type '" + typeName + "'");
    }
    String title = r.string();
    Instant at = r.instant();
    String authorId = r.string();
    String authorName = r.string();
    int n = r.integer();
    if (n < 0) {
      throw new MalformedArchiveException("negative metadata count");
    }
    TreeMap<String, String> meta = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      String k = r.string();
      if (meta.put(k, r.string()) != null) {
        throw new MalformedArchiveException("metadata key '" + k + "' twice");
      }
    }
    byte[] content = r.bytes();
    try {
      return new ArchiveRecord(type, title, at, new Actor(authorId, authorName), meta, content);
    } catch (IllegalArgumentException e) {
      throw new MalformedArchiveException("invalid record: " + e.getMessage());
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ArchiveRecord r
        && type == r.type
        && title.equals(r.title)
        && createdAt.equals(r.createdAt)
        && author.equals(r.author)
        && metadata.equals(r.metadata)
        && Arrays.equals(content, r.content);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, title, createdAt, author, metadata, Arrays.hashCode(content));
  }

  @Override
  public String toString() {
    return type + " '" + title + "' " + createdAt + " by " + author.id();
  }
}
