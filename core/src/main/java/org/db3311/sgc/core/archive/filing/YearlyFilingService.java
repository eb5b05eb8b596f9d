package org.db3311.sgc.core.archive.filing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.db3311.sgc.core.archive.ArchiveEvent;
import org.db3311.sgc.core.archive.ArchiveStore;
import org.db3311.sgc.core.archive.SealVerifier;
import org.db3311.sgc.core.archive.SealedFile;
import org.db3311.sgc.core.archive.VerificationReport;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.AuditTrail;
import org.db3311.sgc.core.common.ChangeRecorder;
import org.db3311.sgc.core.common.DomainEventPublisher;
import org.db3311.sgc.core.common.Version;

/**
 * Use case: each year, file the previous year's sealed files into volumes by year, category and
 * handling unit, with a volume catalogue and a transfer list. Files are verified first: a damaged
 * file stops the filing, because a volume hash would otherwise pin the damage. Files archived after
 * a year's filing go into a supplementary filing whose volume numbers continue the sequence. Each
 * filing and each receipt of its transfer list is audited and published as an {@link ArchiveEvent}.
 */
@Implements({"7.3.2", "7.3.3"})
public final class YearlyFilingService implements FilingUseCases {

  private final ArchiveStore archive;
  private final VolumeStore volumes;
  private final FilingPolicy policy;
  private final ChangeRecorder recorder;
  private final Clock clock;
  private final SealVerifier verifier = new SealVerifier();

  public YearlyFilingService(
      ArchiveStore archive,
      VolumeStore volumes,
      FilingPolicy policy,
      DomainEventPublisher events,
      AuditTrail audit,
      Clock clock) {
    this.archive = Objects.requireNonNull(archive, "archive");
    this.volumes = Objects.requireNonNull(volumes, "volumes");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.recorder = new ChangeRecorder(events, audit);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public FilingResult fileYear(int year, Actor archivist) {
    LocalDate today = LocalDate.now(clock);
    LocalDate earliest = LocalDate.of(year + 1, 1, 1);
    if (today.isBefore(earliest)) {
      return new FilingResult.TooEarly(year, earliest);
    }
    List<SealedFile> pending =
        archive.closedIn(year).stream().filter(f -> !volumes.isFiled(f.fileId())).toList();
    if (pending.isEmpty()) {
      return new FilingResult.NothingToFile(year);
    }
    List<VerificationReport> damaged = new ArrayList<>();
    for (SealedFile f : pending) {
      VerificationReport r =
          archive
              .ledger()
              .entryFor(f.fileId())
              .map(e -> verifier.verify(f, e.seal()))
              .orElseGet(() -> verifier.verify(f));
      if (!r.intact()) {
        damaged.add(r);
      }
    }
    if (!damaged.isEmpty()) {
      return new FilingResult.Damaged(year, damaged);
    }
    Map<VolumeKey, List<SealedFile>> groups = new TreeMap<>();
    for (SealedFile f : pending) {
      groups
          .computeIfAbsent(
              new VolumeKey(year, f.header().category(), f.header().handlingUnit()),
              k -> new ArrayList<>())
          .add(f);
    }
    List<Volume> made = new ArrayList<>();
    groups.forEach((key, files) -> made.addAll(volumesFor(key, files)));
    FilingResult.Filed filed =
        new FilingResult.Filed(
            made,
            VolumeCatalogue.of(year, today, archivist, made),
            TransferList.of(year, today, archivist, made, archive.ledger().head()));
    volumes.add(filed);
    int n = volumes.filingsOf(year).size();
    recorder.record(
        List.of(
            new ArchiveEvent(
                year + "/" + n,
                new Version(1),
                ArchiveEvent.Action.FILE,
                Optional.empty(),
                ArchiveEvent.Status.FILED,
                archivist,
                clock.instant(),
                made.size()
                    + " volume(s), "
                    + filed.transferList().totalFiles()
                    + " file(s), transfer list "
                    + filed.transferList().listHash())));
    return filed;
  }

  /**
   * The archives receive the n-th filing of a year against its transfer list, once, by someone
   * other than who handed it over.
   *
   * @throws IllegalStateException when it was received already
   * @throws FilingNotFoundException when the year has no such filing
   */
  public FilingResult.Filed receiveTransfer(int year, int filing, Actor receiver) {
    List<FilingResult.Filed> filings = volumes.filingsOf(year);
    if (filing < 1 || filing > filings.size()) {
      throw new FilingNotFoundException(year, filing, filings.size());
    }
    FilingResult.Filed f = filings.get(filing - 1);
    FilingResult.Filed received =
        new FilingResult.Filed(
            f.volumes(), f.catalogue(), f.transferList().receive(receiver, clock.instant()));
    volumes.replace(received);
    recorder.record(
        List.of(
            new ArchiveEvent(
                year + "/" + filing,
                new Version(2),
                ArchiveEvent.Action.RECEIVE_TRANSFER,
                Optional.of(ArchiveEvent.Status.FILED),
                ArchiveEvent.Status.RECEIVED,
                receiver,
                clock.instant(),
                "received "
                    + f.transferList().lines().size()
                    + " volume(s) handed over by "
                    + f.transferList().handedOverBy().name())));
    return received;
  }

  private List<Volume> volumesFor(VolumeKey key, List<SealedFile> files) {
    List<SealedFile> ordered = new ArrayList<>(files);
    ordered.sort(
        Comparator.comparing((SealedFile f) -> f.header().closedOn())
            .thenComparing(SealedFile::fileId));
    int next =
        (int) volumes.volumesOf(key.year()).stream().filter(v -> v.key().equals(key)).count() + 1;
    List<Volume> out = new ArrayList<>();
    for (int from = 0; from < ordered.size(); from += policy.maxFilesPerVolume()) {
      List<SealedFile> chunk =
          ordered.subList(from, Math.min(ordered.size(), from + policy.maxFilesPerVolume()));
      List<VolumeItem> items = new ArrayList<>();
      for (SealedFile f : chunk) {
        items.add(
            new VolumeItem(
                items.size() + 1,
                f.fileId(),
                f.header().title(),
                f.header().closedOn(),
                f.records().size(),
                f.seal()));
      }
      String number =
          String.format(
              "%d-%s-%s-%03d", key.year(), key.category(), key.handlingUnit().value(), next++);
      String title = key.year() + "年 " + key.category() + " " + key.handlingUnit().value();
      out.add(Volume.of(number, key, title, policy.retentionOf(key.category()), items));
    }
    return out;
  }

  @Override
  public List<FilingResult.Filed> filings(int year) {
    return volumes.filingsOf(year);
  }

  @Override
  public FilingResult fileYear(FileYear command) {
    return fileYear(command.year(), command.archivist());
  }

  @Override
  public FilingResult.Filed receiveTransfer(ReceiveTransfer command) {
    return receiveTransfer(command.year(), command.filing(), command.receiver());
  }
}
