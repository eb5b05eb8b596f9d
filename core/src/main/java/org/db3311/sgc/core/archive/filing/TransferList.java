package org.db3311.sgc.core.archive.filing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.archive.Canonical;
import org.db3311.sgc.core.archive.ContentHash;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;

/**
 * The transfer list (移交清单) handing one year's volumes to the archives: each volume with its counts
 * and hash, the totals, and the archive ledger's head at the time, so the receiver can check later
 * that nothing filed has changed. It is received once.
 *
 * @param listHash SHA-256 over the lines and the ledger head, printed on the paper list
 */
@Implements("7.3.3")
public record TransferList(
    int year,
    LocalDate compiledOn,
    Actor handedOverBy,
    List<Line> lines,
    ContentHash ledgerHead,
    ContentHash listHash,
    Optional<Receipt> receipt) {

  public record Line(
      String volumeNumber,
      String title,
      int fileCount,
      int recordCount,
      Retention retention,
      ContentHash volumeHash) {
    public Line {
      Objects.requireNonNull(volumeNumber, "volumeNumber");
      Objects.requireNonNull(volumeHash, "volumeHash");
    }
  }

  /** Who received the volumes and when. */
  public record Receipt(Actor receivedBy, Instant receivedAt) {
    public Receipt {
      Objects.requireNonNull(receivedBy, "receivedBy");
      Objects.requireNonNull(receivedAt, "receivedAt");
    }
  }

  public TransferList {
    Objects.requireNonNull(compiledOn, "compiledOn");
    Objects.requireNonNull(handedOverBy, "handedOverBy");
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("a transfer list lists at least one volume");
    }
    Objects.requireNonNull(ledgerHead, "ledgerHead");
    Objects.requireNonNull(receipt, "receipt");
    if (!hashOf(year, lines, ledgerHead).equals(listHash)) {
      throw new IllegalArgumentException("transfer list " + year + ": hash does not match");
    }
    if (receipt.isPresent() && receipt.get().receivedBy().equals(handedOverBy)) {
      throw new IllegalArgumentException("the receiver is not the one who hands over");
    }
  }

  public static TransferList of(
      int year,
      LocalDate compiledOn,
      Actor handedOverBy,
      List<Volume> volumes,
      ContentHash ledgerHead) {
    List<Line> lines =
        volumes.stream()
            .map(
                v ->
                    new Line(
                        v.number(),
                        v.title(),
                        v.items().size(),
                        v.recordCount(),
                        v.retention(),
                        v.volumeHash()))
            .toList();
    return new TransferList(
        year,
        compiledOn,
        handedOverBy,
        lines,
        ledgerHead,
        hashOf(year, lines, ledgerHead),
        Optional.empty());
  }

  /**
   * @throws IllegalStateException when the list was received already
   */
  public TransferList receive(Actor receivedBy, Instant at) {
    if (receipt.isPresent()) {
      throw new IllegalStateException(
          "transfer list " + year + " is RECEIVED: cannot receive it again");
    }
    return new TransferList(
        year,
        compiledOn,
        handedOverBy,
        lines,
        ledgerHead,
        listHash,
        Optional.of(new Receipt(receivedBy, at)));
  }

  public int totalFiles() {
    return lines.stream().mapToInt(Line::fileCount).sum();
  }

  public int totalRecords() {
    return lines.stream().mapToInt(Line::recordCount).sum();
  }

  static ContentHash hashOf(int year, List<Line> lines, ContentHash ledgerHead) {
    Canonical.Writer w = new Canonical.Writer().tag("sgc-transfer-list-v1").integer(year);
    w.integer(lines.size());
    for (Line l : lines) {
      w.string(l.volumeNumber())
          .integer(l.fileCount())
          .integer(l.recordCount())
          .string(l.retention().name())
          .raw(l.volumeHash().bytes());
    }
    w.raw(ledgerHead.bytes());
    return ContentHash.sha256(w.toBytes());
  }
}
