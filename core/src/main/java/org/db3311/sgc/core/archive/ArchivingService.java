package org.db3311.sgc.core.archive;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;

/**
 * Use case: on a matter's closure, assemble its electronic file, seal it and enter it in the
 * ledger. Casework calls this with the records it holds (see docs/analysis.md for the mapping).
 */
@Implements("7.3.2")
public final class ArchivingService {

  private final ElectronicFileAssembler assembler;
  private final FileSealer sealer = new FileSealer();
  private final ArchiveStore store;
  private final Clock clock;

  public ArchivingService(ElectronicFileAssembler assembler, ArchiveStore store, Clock clock) {
    this.assembler = Objects.requireNonNull(assembler, "assembler");
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public ArchivingResult archive(FileHeader header, List<ArchiveRecord> records, Actor archivist) {
    Optional<SealedFile> existing = store.find(header.fileId());
    if (existing.isPresent()) {
      return new ArchivingResult.AlreadyArchived(existing.get());
    }
    return switch (assembler.assemble(header, records)) {
      case AssemblyResult.Incomplete incomplete -> new ArchivingResult.Refused(incomplete);
      case AssemblyResult.Assembled assembled -> {
        SealedFile sealed = sealer.seal(assembled.file(), clock.instant(), archivist);
        store.add(sealed);
        yield new ArchivingResult.Archived(
            sealed, store.ledger().entryFor(sealed.fileId()).orElseThrow());
      }
    };
  }

  /** Verifies every archived file and the ledger that chains them. */
  public VerificationReport verifyAll() {
    return store.ledger().verify(store::find);
  }
}
