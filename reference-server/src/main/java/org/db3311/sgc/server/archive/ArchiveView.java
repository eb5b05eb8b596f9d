package org.db3311.sgc.server.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.db3311.sgc.core.archive.LedgerEntry;
import org.db3311.sgc.core.archive.SealedFile;
import org.db3311.sgc.core.archive.SealedRecord;
import org.db3311.sgc.core.archive.VerificationReport;
import org.db3311.sgc.core.archive.filing.FilingResult;
import org.db3311.sgc.core.archive.filing.TransferList;
import org.db3311.sgc.core.archive.filing.VolumeCatalogue;

/**
 * The archive as the API shows it. A sealed file is shown by its header, hashes and each record's
 * metadata, never its content: the content may hold a party's personal data, and what the archive
 * vouches for is the hash.
 */
public final class ArchiveView {
  private ArchiveView() {}

  /** A sealed electronic file (封存的电子案卷) and its place in the ledger. */
  public record SealedFileView(
      String county,
      String fileId,
      String title,
      String category,
      String handlingUnit,
      String closedOn,
      int filingYear,
      String sealedAt,
      String sealedBy,
      String headerHash,
      String seal,
      Long ledgerPosition,
      List<RecordView> records) {

    static SealedFileView of(String county, SealedFile f, LedgerEntry entry) {
      List<RecordView> records = new ArrayList<>();
      for (SealedRecord r : f.records()) {
        records.add(
            new RecordView(
                records.size() + 1,
                r.record().type().name(),
                r.record().title(),
                r.record().createdAt().toString(),
                r.record().author().name(),
                r.record().metadata(),
                r.record().content().length,
                r.contentHash().hex(),
                r.link().hex()));
      }
      var h = f.header();
      return new SealedFileView(
          county,
          f.fileId(),
          h.title(),
          h.category(),
          h.handlingUnit().value(),
          h.closedOn().toString(),
          h.filingYear(),
          f.sealedAt().toString(),
          f.sealedBy().name(),
          f.headerHash().hex(),
          f.seal().hex(),
          entry == null ? null : entry.position(),
          records);
    }
  }

  /** A record as sealed: metadata, size and hashes (the content stays in the archive). */
  public record RecordView(
      int position,
      String type,
      String title,
      String createdAt,
      String author,
      Map<String, String> metadata,
      int contentBytes,
      String contentHash,
      String link) {}

  /** One entry of the archive ledger. */
  public record LedgerEntryView(
      long position, String fileId, String seal, String previous, String hash) {
    static LedgerEntryView of(LedgerEntry e) {
      return new LedgerEntryView(
          e.position(), e.fileId(), e.seal().hex(), e.previous().hex(), e.hash().hex());
    }
  }

  /** What verifying the whole archive found: every problem, each file checked on its own. */
  public record VerificationView(
      String county, String subject, int files, boolean intact, List<ProblemView> problems) {
    static VerificationView of(String county, int files, VerificationReport r) {
      return new VerificationView(
          county,
          r.subject(),
          files,
          r.intact(),
          r.problems().stream().map(p -> new ProblemView(p.location(), p.message())).toList());
    }
  }

  public record ProblemView(String location, String message) {}

  /** One filing of a year (立卷): its volumes, catalogue (案卷编目) and transfer list (移交清单). */
  public record FilingView(
      String county,
      int year,
      int filing,
      List<VolumeView> volumes,
      CatalogueView catalogue,
      TransferView transferList) {

    static FilingView of(String county, int year, int filing, FilingResult.Filed f) {
      return new FilingView(
          county,
          year,
          filing,
          f.volumes().stream()
              .map(
                  v ->
                      new VolumeView(
                          v.number(),
                          v.title(),
                          v.key().category(),
                          v.responsibleUnit().value(),
                          v.retention().name(),
                          v.volumeHash().hex(),
                          v.items().stream()
                              .map(
                                  i ->
                                      new ItemView(
                                          i.sequence(),
                                          i.fileId(),
                                          i.title(),
                                          i.closedOn().toString(),
                                          i.recordCount(),
                                          i.seal().hex()))
                              .toList()))
              .toList(),
          catalogue(f.catalogue()),
          transfer(f.transferList()));
    }

    private static CatalogueView catalogue(VolumeCatalogue c) {
      return new CatalogueView(
          c.compiledOn().toString(),
          c.compiledBy().name(),
          c.entries().stream()
              .map(
                  e ->
                      new CatalogueEntryView(
                          e.volumeNumber(),
                          e.title(),
                          e.category(),
                          e.responsibleUnit().value(),
                          e.fileCount(),
                          e.recordCount(),
                          e.firstClosed().toString(),
                          e.lastClosed().toString(),
                          e.retention().name(),
                          e.volumeHash().hex()))
              .toList());
    }

    private static TransferView transfer(TransferList t) {
      return new TransferView(
          t.compiledOn().toString(),
          t.handedOverBy().name(),
          t.lines().stream()
              .map(
                  l ->
                      new TransferLineView(
                          l.volumeNumber(),
                          l.title(),
                          l.fileCount(),
                          l.recordCount(),
                          l.retention().name(),
                          l.volumeHash().hex()))
              .toList(),
          t.totalFiles(),
          t.totalRecords(),
          t.ledgerHead().hex(),
          t.listHash().hex(),
          t.receipt().map(r -> r.receivedBy().name()).orElse(null),
          t.receipt().map(r -> r.receivedAt().toString()).orElse(null));
    }
  }

  public record VolumeView(
      String number,
      String title,
      String category,
      String responsibleUnit,
      String retention,
      String volumeHash,
      List<ItemView> items) {}

  public record ItemView(
      int sequence, String fileId, String title, String closedOn, int recordCount, String seal) {}

  public record CatalogueView(
      String compiledOn, String compiledBy, List<CatalogueEntryView> entries) {}

  public record CatalogueEntryView(
      String volumeNumber,
      String title,
      String category,
      String responsibleUnit,
      int fileCount,
      int recordCount,
      String firstClosed,
      String lastClosed,
      String retention,
      String volumeHash) {}

  public record TransferView(
      String compiledOn,
      String handedOverBy,
      List<TransferLineView> lines,
      int totalFiles,
      int totalRecords,
      String ledgerHead,
      String listHash,
      String receivedBy,
      String receivedAt) {}

  public record TransferLineView(
      String volumeNumber,
      String title,
      int fileCount,
      int recordCount,
      String retention,
      String volumeHash) {}
}
