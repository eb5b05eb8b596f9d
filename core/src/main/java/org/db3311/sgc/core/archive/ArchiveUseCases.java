package org.db3311.sgc.core.archive;

import java.util.List;
import java.util.Objects;
import org.db3311.sgc.core.common.Actor;

/**
 * Incoming port: a case file assembled, sealed and archived (7.3.2), and the whole archive
 * verified; {@link ArchivingService} implements it.
 */
public interface ArchiveUseCases {

  ArchivingResult archive(Archive command);

  /** Re-checks every sealed file in the archive against its seal. */
  VerificationReport verifyAll();

  /**
   * A sealed file as archived, for reading (its integrity is {@link #verifyAll}'s to judge).
   *
   * @throws SealedFileNotFoundException when no file is archived under the id
   */
  SealedFile sealedFile(String fileId);

  /** The archive ledger's entries, in archiving order: what the archive holds. */
  List<LedgerEntry> ledger();

  record Archive(FileHeader header, List<ArchiveRecord> records, Actor archivist) {
    public Archive {
      Objects.requireNonNull(header, "header");
      records = List.copyOf(records);
      Objects.requireNonNull(archivist, "archivist");
    }
  }
}
