package org.db3311.sgc.core.archive;

import java.util.Objects;

/** The outcome of archiving a closed matter. */
public sealed interface ArchivingResult {

  record Archived(SealedFile file, LedgerEntry entry) implements ArchivingResult {
    public Archived {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(entry, "entry");
    }
  }

  /** Refused: the material is not complete; nothing was sealed. */
  record Refused(AssemblyResult.Incomplete reason) implements ArchivingResult {
    public Refused {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** Refused: the file was archived before; a sealed file is never replaced. */
  record AlreadyArchived(SealedFile existing) implements ArchivingResult {
    public AlreadyArchived {
      Objects.requireNonNull(existing, "existing");
    }
  }
}
