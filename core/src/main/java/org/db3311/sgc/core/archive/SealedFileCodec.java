package org.db3311.sgc.core.archive;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.db3311.sgc.core.common.Actor;

/**
 * The export form of a sealed file (for transfer to the archives and long-term storage): the
 * canonical encoding of header, records, stored hashes and seal. Reading is strict, so damaged
 * bytes are refused rather than half-read.
 */
public final class SealedFileCodec {

  static final String MAGIC = "sgc-sealed-file-v1";

  private SealedFileCodec() {}

  public static byte[] encode(SealedFile file) {
    Canonical.Writer w = new Canonical.Writer().tag(MAGIC);
    file.header().writeTo(w);
    w.raw(file.headerHash().bytes());
    w.integer(file.records().size());
    for (SealedRecord r : file.records()) {
      r.record().writeTo(w);
      w.raw(r.contentHash().bytes()).raw(r.link().bytes());
    }
    w.instant(file.sealedAt()).string(file.sealedBy().id()).string(file.sealedBy().name());
    w.raw(file.seal().bytes());
    return w.toBytes();
  }

  /**
   * @throws MalformedArchiveException when the bytes are not a complete, well-formed export
   */
  public static SealedFile decode(byte[] data) {
    Canonical.Reader r = new Canonical.Reader(data);
    r.expectTag(MAGIC);
    FileHeader header = FileHeader.readFrom(r);
    ContentHash headerHash = ContentHash.ofBytes(r.raw(ContentHash.LENGTH));
    int n = r.integer();
    if (n < 1) {
      throw new MalformedArchiveException("a sealed file has at least one record, not " + n);
    }
    List<SealedRecord> records = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ArchiveRecord record = ArchiveRecord.readFrom(r);
      ContentHash content = ContentHash.ofBytes(r.raw(ContentHash.LENGTH));
      ContentHash link = ContentHash.ofBytes(r.raw(ContentHash.LENGTH));
      records.add(new SealedRecord(record, content, link));
    }
    Instant sealedAt = r.instant();
    String byId = r.string();
    String byName = r.string();
    ContentHash seal = ContentHash.ofBytes(r.raw(ContentHash.LENGTH));
    r.expectEnd();
    Actor sealedBy;
    try {
      sealedBy = new Actor(byId, byName);
    } catch (IllegalArgumentException e) {
      throw new MalformedArchiveException("invalid sealer: " + e.getMessage());
    }
    return new SealedFile(header, headerHash, records, sealedAt, sealedBy, seal);
  }
}
