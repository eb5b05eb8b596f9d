package org.db3311.sgc.adapter.jpa;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Objects;
import org.db3311.sgc.core.archive.filing.FilingResult;
import org.db3311.sgc.core.archive.filing.Volume;
import org.db3311.sgc.core.archive.filing.VolumeItem;
import org.db3311.sgc.core.archive.filing.VolumeStore;

/**
 * The yearly filings (7.3.3) in table {@code volume_filing}, each a document keyed by its transfer
 * list's hash and listed in filing order, and every filed file in {@code volume_filed_file}, whose
 * primary key puts a file in one volume only whatever two writers do.
 */
public final class JpaVolumeStore implements VolumeStore {

  private final JpaUnitOfWork unitOfWork;

  public JpaVolumeStore(JpaStore store) {
    this.unitOfWork = Objects.requireNonNull(store, "store").unitOfWork();
  }

  @Override
  public void add(FilingResult.Filed filing) {
    unitOfWork.run(
        () -> {
          List<String> files =
              filing.volumes().stream()
                  .flatMap(v -> v.items().stream())
                  .map(VolumeItem::fileId)
                  .toList();
          for (String file : files) {
            if (isFiled(file)) {
              throw new IllegalStateException("file " + file + " is already in a volume");
            }
          }
          VolumeFilingEntity row = AnalysisMapper.INSTANCE.toEntity(filing);
          row.document = SnapshotCodec.write(filing);
          AppendRows.insert(
              unitOfWork,
              row,
              () -> new IllegalStateException("transfer list " + row.listHash + " is stored"));
          for (String file : files) {
            FiledFileEntity filed = new FiledFileEntity();
            filed.fileId = file;
            filed.listHash = row.listHash;
            AppendRows.insert(
                unitOfWork,
                filed,
                () -> new IllegalStateException("file " + file + " is already in a volume"));
          }
        });
  }

  @Override
  public boolean isFiled(String fileId) {
    return unitOfWork.with(em -> em.find(FiledFileEntity.class, fileId) != null);
  }

  @Override
  public List<Volume> volumesOf(int year) {
    return filingsOf(year).stream().flatMap(f -> f.volumes().stream()).toList();
  }

  @Override
  public List<FilingResult.Filed> filingsOf(int year) {
    return unitOfWork.with(
        em ->
            Jpql.list(
                    em,
                    "select r.document from VolumeFilingEntity r where r.year = :year"
                        + " order by r.entry",
                    String.class,
                    "year",
                    year)
                .stream()
                .map(d -> SnapshotCodec.read(d, FilingResult.Filed.class))
                .toList());
  }

  @Override
  public void replace(FilingResult.Filed received) {
    String hash = received.transferList().listHash().hex();
    unitOfWork.with(
        em -> {
          List<VolumeFilingEntity> rows =
              em.createQuery(
                      "select r from VolumeFilingEntity r where r.listHash = :hash",
                      VolumeFilingEntity.class)
                  .setParameter("hash", hash)
                  .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                  .getResultList();
          if (rows.isEmpty()) {
            throw new IllegalArgumentException("no filing with transfer list " + hash);
          }
          VolumeFilingEntity row = rows.getFirst();
          FilingResult.Filed stored = SnapshotCodec.read(row.document, FilingResult.Filed.class);
          if (!stored.volumes().equals(received.volumes())) {
            throw new IllegalArgumentException("a received filing keeps its volumes");
          }
          VolumeFilingEntity next = AnalysisMapper.INSTANCE.toEntity(received);
          row.received = next.received;
          row.document = SnapshotCodec.write(received);
          em.flush();
          return null;
        });
  }
}
