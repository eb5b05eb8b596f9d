package org.db3311.sgc.core.archive;

import java.util.List;
import java.util.Optional;

/**
 * Outgoing port: where sealed files are kept. Sealed files are never updated; the store refuses a
 * second file with the same id.
 */
public interface ArchiveStore {

  /**
   * @throws IllegalStateException when a file with the same id is already stored
   */
  void add(SealedFile file);

  Optional<SealedFile> find(String fileId);

  /** Every file whose closure falls in the year, in archiving order. */
  List<SealedFile> closedIn(int year);

  /** The ledger chaining every stored file's seal. */
  ArchiveLedger ledger();
}
