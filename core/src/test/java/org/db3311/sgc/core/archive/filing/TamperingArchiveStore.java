package org.db3311.sgc.core.archive.filing;

import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.archive.ArchiveLedger;
import org.db3311.sgc.core.archive.ArchiveStore;
import org.db3311.sgc.core.archive.SealedFile;

/** An archive store whose copy of one file was replaced behind the ledger's back. */
final class TamperingArchiveStore implements ArchiveStore {
  private final ArchiveStore real;
  private final SealedFile replacement;

  TamperingArchiveStore(ArchiveStore real, SealedFile replacement) {
    this.real = real;
    this.replacement = replacement;
  }

  @Override
  public void add(SealedFile file) {
    real.add(file);
  }

  @Override
  public Optional<SealedFile> find(String fileId) {
    return fileId.equals(replacement.fileId()) ? Optional.of(replacement) : real.find(fileId);
  }

  @Override
  public List<SealedFile> closedIn(int year) {
    return real.closedIn(year).stream()
        .map(f -> f.fileId().equals(replacement.fileId()) ? replacement : f)
        .toList();
  }

  @Override
  public ArchiveLedger ledger() {
    return real.ledger();
  }
}
