package org.db3311.sgc.server.archive;

import java.util.List;
import java.util.Map;
import org.db3311.sgc.core.archive.LedgerEntry;
import org.db3311.sgc.core.archive.SealedFile;
import org.db3311.sgc.core.archive.VerificationReport;
import org.db3311.sgc.core.archive.filing.FilingResult;

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
      return ArchiveViewMapper.INSTANCE.view(county, f, entry);
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
      return ArchiveViewMapper.INSTANCE.view(e);
    }
  }

  /** What verifying the whole archive found: every problem, each file checked on its own. */
  public record VerificationView(
      String county, String subject, int files, boolean intact, List<ProblemView> problems) {
    static VerificationView of(String county, int files, VerificationReport r) {
      return ArchiveViewMapper.INSTANCE.view(county, files, r);
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
      return ArchiveViewMapper.INSTANCE.view(county, year, filing, f);
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
