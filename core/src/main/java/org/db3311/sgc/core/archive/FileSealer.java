package org.db3311.sgc.core.archive;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;

/**
 * Seals an assembled file: hashes every record, chains the hashes from the header's hash onward and
 * seals the last link, so that changing any byte of any record, its order, the header or the seal's
 * own data breaks the chain (真实、可靠、完整 — authentic, reliable, complete).
 */
@Implements("7.3.2")
final class FileSealer {

  SealedFile seal(ElectronicFile file, Instant sealedAt, Actor sealedBy) {
    Objects.requireNonNull(file, "file");
    ContentHash headerHash = SealScheme.headerHash(file.header());
    ContentHash link = headerHash;
    List<SealedRecord> sealed = new ArrayList<>(file.records().size());
    int position = 0;
    for (ArchiveRecord r : file.records()) {
      position++;
      ContentHash content = SealScheme.contentHash(r);
      link = SealScheme.link(link, position, content);
      sealed.add(new SealedRecord(r, content, link));
    }
    ContentHash seal = SealScheme.seal(link, position, sealedAt, sealedBy);
    return new SealedFile(file.header(), headerHash, sealed, sealedAt, sealedBy, seal);
  }
}
