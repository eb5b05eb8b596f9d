package org.db3311.sgc.core.archive;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.AuditTrail;
import org.db3311.sgc.core.common.ChangeRecorder;
import org.db3311.sgc.core.common.DomainEventPublisher;
import org.db3311.sgc.core.common.Version;

/**
 * Use case: on a matter's closure, assemble its electronic file, seal it and enter it in the
 * ledger. The casework projection ({@code core.casefacts}) calls this with a closed matter's
 * records and audit trail. Each sealing is itself audited and published as an {@link ArchiveEvent}.
 */
@Implements("7.3.2")
public final class ArchivingService implements ArchiveUseCases {

  private final ElectronicFileAssembler assembler;
  private final FileSealer sealer = new FileSealer();
  private final ArchiveStore store;
  private final ChangeRecorder recorder;
  private final Clock clock;

  public ArchivingService(
      ElectronicFileAssembler assembler,
      ArchiveStore store,
      DomainEventPublisher events,
      AuditTrail audit,
      Clock clock) {
    this.assembler = Objects.requireNonNull(assembler, "assembler");
    this.store = Objects.requireNonNull(store, "store");
    this.recorder = new ChangeRecorder(events, audit);
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
        LedgerEntry entry = store.ledger().entryFor(sealed.fileId()).orElseThrow();
        recorder.record(
            List.of(
                new ArchiveEvent(
                    sealed.fileId(),
                    new Version(1),
                    ArchiveEvent.Action.SEAL,
                    Optional.empty(),
                    ArchiveEvent.Status.SEALED,
                    archivist,
                    sealed.sealedAt(),
                    sealed.records().size()
                        + " records sealed, seal "
                        + sealed.seal().hex()
                        + ", ledger entry "
                        + entry.position())));
        yield new ArchivingResult.Archived(sealed, entry);
      }
    };
  }

  /** Verifies every archived file and the ledger that chains them. */
  public VerificationReport verifyAll() {
    return store.ledger().verify(store::find);
  }

  @Override
  public SealedFile sealedFile(String fileId) {
    return store.find(fileId).orElseThrow(() -> new SealedFileNotFoundException(fileId));
  }

  @Override
  public List<LedgerEntry> ledger() {
    return store.ledger().entries();
  }

  @Override
  public ArchivingResult archive(Archive command) {
    return archive(command.header(), command.records(), command.archivist());
  }
}
