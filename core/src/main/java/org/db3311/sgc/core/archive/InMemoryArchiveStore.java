package org.db3311.sgc.core.archive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Keeps sealed files in memory, for tests and embedding. */
public final class InMemoryArchiveStore implements ArchiveStore {

  private final Map<String, SealedFile> files = new LinkedHashMap<>();
  private final ArchiveLedger ledger = new ArchiveLedger();

  @Override
  public synchronized void add(SealedFile file) {
    if (files.containsKey(file.fileId())) {
      throw new IllegalStateException("file " + file.fileId() + " is already archived");
    }
    ledger.append(file);
    files.put(file.fileId(), file);
  }

  @Override
  public synchronized Optional<SealedFile> find(String fileId) {
    return Optional.ofNullable(files.get(fileId));
  }

  @Override
  public synchronized List<SealedFile> closedIn(int year) {
    List<SealedFile> out = new ArrayList<>();
    files.values().stream().filter(f -> f.header().filingYear() == year).forEach(out::add);
    return out;
  }

  @Override
  public ArchiveLedger ledger() {
    return ledger;
  }

  /** Replaces a stored file behind the ledger's back: lets tests play the forger. */
  synchronized void overwriteForTest(SealedFile file) {
    files.put(file.fileId(), file);
  }
}
