package org.db3311.sgc.core.archive;

import java.time.Instant;
import org.db3311.sgc.core.common.Actor;

/**
 * The hash chain of a file, version 1. Documented in docs/analysis.md; any change to it is a new
 * scheme version, because sealed files must verify for as long as they are kept.
 *
 * <pre>
 * headerHash = SHA-256(C("sgc-file-header-v1", header))
 * content_i  = SHA-256(C("record", record_i))
 * link_0     = headerHash
 * link_i     = SHA-256(C("link", link_(i-1), i, content_i))
 * seal       = SHA-256(C("seal", link_n, n, sealedAt, sealedBy))
 * </pre>
 *
 * where C is the canonical length-prefixed encoding.
 */
final class SealScheme {

  static final String HEADER_TAG = "sgc-file-header-v1";

  private SealScheme() {}

  static ContentHash headerHash(FileHeader header) {
    Canonical.Writer w = new Canonical.Writer().tag(HEADER_TAG);
    header.writeTo(w);
    return ContentHash.sha256(w.toBytes());
  }

  static ContentHash contentHash(ArchiveRecord record) {
    return ContentHash.sha256(record.canonicalBytes());
  }

  static ContentHash link(ContentHash previous, int position, ContentHash content) {
    return ContentHash.sha256(
        new Canonical.Writer()
            .tag("link")
            .raw(previous.bytes())
            .integer(position)
            .raw(content.bytes())
            .toBytes());
  }

  static ContentHash seal(ContentHash lastLink, int count, Instant sealedAt, Actor sealedBy) {
    return ContentHash.sha256(
        new Canonical.Writer()
            .tag("seal")
            .raw(lastLink.bytes())
            .integer(count)
            .instant(sealedAt)
            .string(sealedBy.id())
            .string(sealedBy.name())
            .toBytes());
  }
}
