package org.db3311.sgc.adapter.jpa;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.archive.ArchiveLedger;
import org.db3311.sgc.core.archive.ArchiveStore;
import org.db3311.sgc.core.archive.ContentHash;
import org.db3311.sgc.core.archive.LedgerEntry;
import org.db3311.sgc.core.archive.SealedFile;
import org.db3311.sgc.core.archive.SealedFileCodec;

/**
 * Sealed files (7.3.2) in table {@code archive_file}, each in its export form ({@link
 * SealedFileCodec}) and never updated, with its entry of the archive ledger in the same row: the
 * position (unique: two files racing for one position cannot both be stored), the seal as recorded
 * when the file was added and the entry's hash.
 *
 * <p>{@link #ledger()} rebuilds the chain from the recorded positions and seals — not from the
 * seals inside the stored files — so a file rewritten behind the ledger's back (its bytes or its
 * seal) is found by {@link ArchiveLedger#verify}, as with the in-memory store. The rebuilt ledger
 * is kept while the table's last position and entry hash are unchanged.
 */
public final class JpaArchiveStore implements ArchiveStore {

  /** A closing year's files in archiving order, read from the index {@code archive_file_year}. */
  static final String CLOSED_IN =
      "select content from archive_file where filing_year = ? order by ledger_position";

  private final JpaUnitOfWork unitOfWork;
  private Cached cached;

  private record Cached(ArchiveLedger ledger, long size, String head) {}

  public JpaArchiveStore(JpaStore store) {
    this.unitOfWork = Objects.requireNonNull(store, "store").unitOfWork();
  }

  @Override
  public void add(SealedFile file) {
    String refused = "file " + file.fileId() + " is already archived";
    byte[] content = SealedFileCodec.encode(file);
    unitOfWork.run(
        () -> {
          if (unitOfWork.with(em -> em.find(ArchiveFileEntity.class, file.fileId())) != null) {
            throw new IllegalStateException(refused);
          }
          ArchiveLedger ledger;
          LedgerEntry entry;
          synchronized (this) {
            ledger = current();
            // the ledger object now holds an entry that is not committed: nobody else may use it
            cached = null;
            entry = ledger.append(file);
          }
          ArchiveFileEntity row = AnalysisMapper.INSTANCE.toEntity(entry);
          row.filingYear = file.header().filingYear();
          row.content = content;
          AppendRows.insert(
              unitOfWork,
              row,
              () ->
                  new IllegalStateException(
                      refused + ", or another file took ledger position " + entry.position()));
          unitOfWork.afterCommit(() -> remember(ledger, entry));
        });
  }

  @Override
  public Optional<SealedFile> find(String fileId) {
    return unitOfWork.with(
        em ->
            Optional.ofNullable(em.find(ArchiveFileEntity.class, fileId))
                .map(row -> SealedFileCodec.decode(row.content)));
  }

  @Override
  public List<SealedFile> closedIn(int year) {
    List<byte[]> contents = unitOfWork.with(em -> Jpql.sql(em, CLOSED_IN, year));
    return contents.stream().map(SealedFileCodec::decode).toList();
  }

  @Override
  public synchronized ArchiveLedger ledger() {
    return current();
  }

  private synchronized void remember(ArchiveLedger ledger, LedgerEntry last) {
    cached = new Cached(ledger, last.position(), last.hash().hex());
  }

  /** The cached ledger while the table still ends where it did, else one rebuilt from the rows. */
  private ArchiveLedger current() {
    return unitOfWork.with(
        em -> {
          List<Object[]> last =
              em.createQuery(
                      "select r.position, r.entryHash from ArchiveFileEntity r"
                          + " order by r.position desc",
                      Object[].class)
                  .setMaxResults(1)
                  .getResultList();
          long size = last.isEmpty() ? 0 : ((Number) last.getFirst()[0]).longValue();
          String head = last.isEmpty() ? ArchiveLedger.GENESIS.hex() : (String) last.getFirst()[1];
          Cached c = cached;
          if (c != null && c.size() == size && c.head().equals(head)) {
            return c.ledger();
          }
          ArchiveLedger rebuilt = new ArchiveLedger();
          for (ArchiveFileEntity row :
              Jpql.list(
                  em,
                  "select r from ArchiveFileEntity r order by r.position",
                  ArchiveFileEntity.class)) {
            rebuilt.append(asRecorded(row));
          }
          cached = new Cached(rebuilt, size, head);
          return rebuilt;
        });
  }

  /**
   * The stored file carrying the seal the ledger recorded for it: the export form ends with the
   * seal, which is replaced when the stored one differs, so the rebuilt chain is the one written.
   */
  private static SealedFile asRecorded(ArchiveFileEntity row) {
    SealedFile stored = SealedFileCodec.decode(row.content);
    if (stored.seal().hex().equals(row.seal)) {
      return stored;
    }
    byte[] recorded = Arrays.copyOf(row.content, row.content.length);
    byte[] seal = ContentHash.ofHex(row.seal).bytes();
    System.arraycopy(seal, 0, recorded, recorded.length - ContentHash.LENGTH, ContentHash.LENGTH);
    return SealedFileCodec.decode(recorded);
  }
}
