package org.db3311.sgc.adapter.jpa;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.common.Version;
import org.db3311.sgc.core.warning.Warning;
import org.db3311.sgc.core.warning.WarningId;
import org.db3311.sgc.core.warning.WarningRepository;
import org.db3311.sgc.core.warning.WarningSnapshot;
import org.db3311.sgc.core.warning.WarningSubject;

/**
 * Warnings (6.5.2) in table {@code warning}, in the caller's unit of work; saves lock the row and
 * check the version ({@link VersionedRows}). The unique key {@code warning_open_subject} on the
 * subject of an open warning lets one open warning exist per subject, which {@link #openAbout}
 * reads from it; a second open warning about a subject (two sweeps raising one at once) is refused
 * with an {@link IllegalStateException} and writes nothing. Listed in raising order.
 */
public final class JpaWarningRepository implements WarningRepository {

  /** The open warning about a subject, read from the unique key {@code warning_open_subject}. */
  static final String OPEN_ABOUT = "select warning_id from warning where open_subject = ?";

  private final VersionedRows<WarningEntity> rows;

  public JpaWarningRepository(JpaStore store) {
    this.rows =
        new VersionedRows<>(
            Objects.requireNonNull(store, "store").unitOfWork(), WarningEntity.class, "Warning");
  }

  @Override
  public void save(Warning warning) {
    WarningSnapshot snapshot = warning.snapshot();
    WarningEntity row = AnalysisMapper.INSTANCE.toEntity(snapshot);
    row.document = SnapshotCodec.write(snapshot);
    warning.markStored(
        rows.save(
            row.id,
            warning.version(),
            row,
            e ->
                VersionedRows.violates(e, "warning_open_subject")
                    ? Optional.of(
                        new IllegalStateException(
                            "an open warning about " + snapshot.subject() + " exists already"))
                    : Optional.empty()));
  }

  @Override
  public Optional<Warning> find(WarningId id) {
    return rows.find(id.value()).map(JpaWarningRepository::warning);
  }

  @Override
  public Optional<Warning> openAbout(WarningSubject subject) {
    return rows.unitOfWork()
        .inTransaction(
            () -> {
              List<String> ids =
                  rows.unitOfWork().with(em -> Jpql.sql(em, OPEN_ABOUT, subject.toString()));
              return ids.stream()
                  .findFirst()
                  .flatMap(rows::find)
                  .map(JpaWarningRepository::warning);
            });
  }

  @Override
  public List<Warning> all() {
    return rows.query("select r from WarningEntity r order by r.raisedAt, r.id").stream()
        .map(JpaWarningRepository::warning)
        .toList();
  }

  @Override
  public List<WarningId> ids() {
    return rows
        .column("select r.id from WarningEntity r order by r.raisedAt, r.id", String.class)
        .stream()
        .map(WarningId::of)
        .toList();
  }

  private static Warning warning(WarningEntity row) {
    return Warning.fromSnapshot(
        SnapshotCodec.read(row.document, WarningSnapshot.class), new Version(row.version));
  }
}
