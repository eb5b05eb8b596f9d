package org.db3311.sgc.adapter.jpa;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.common.Version;
import org.db3311.sgc.core.risk.report.ReportDossier;
import org.db3311.sgc.core.risk.report.ReportDossierId;
import org.db3311.sgc.core.risk.report.ReportDossierRepository;
import org.db3311.sgc.core.risk.report.ReportDossierSnapshot;
import org.db3311.sgc.core.risk.report.ReportKind;

/**
 * Report dossiers (6.4.1) with every version, in table {@code report_dossier}, in the caller's unit
 * of work; saves lock the row and check the version ({@link VersionedRows}). The unique key {@code
 * report_dossier_subject (report_kind, subject)} keeps one dossier per kind and subject: a second
 * is refused with an {@link IllegalStateException}, also when two writers race, and writes nothing.
 */
public final class JpaReportDossierRepository implements ReportDossierRepository {

  private final VersionedRows<ReportDossierEntity> rows;

  public JpaReportDossierRepository(JpaStore store) {
    this.rows =
        new VersionedRows<>(
            Objects.requireNonNull(store, "store").unitOfWork(),
            ReportDossierEntity.class,
            "ReportDossier");
  }

  @Override
  public void save(ReportDossier dossier) {
    ReportDossierSnapshot snapshot = dossier.snapshot();
    ReportDossierEntity row = AnalysisMapper.INSTANCE.toEntity(snapshot);
    row.document = SnapshotCodec.write(snapshot);
    rows.unitOfWork()
        .run(
            () -> {
              Optional<ReportDossier> other = find(dossier.kind(), dossier.subject());
              if (other.isPresent() && !other.get().id().equals(dossier.id())) {
                throw oneDossier(dossier, other.get().id().value());
              }
              dossier.markStored(
                  rows.save(
                      row.id,
                      dossier.version(),
                      row,
                      e ->
                          VersionedRows.violates(e, "report_dossier_subject")
                              ? Optional.of(oneDossier(dossier, "another, stored meanwhile"))
                              : Optional.empty()));
            });
  }

  @Override
  public Optional<ReportDossier> find(ReportDossierId id) {
    return rows.find(id.value()).map(JpaReportDossierRepository::dossier);
  }

  @Override
  public Optional<ReportDossier> find(ReportKind kind, String subject) {
    return rows
        .query(
            "select r from ReportDossierEntity r where r.kind = :kind and r.subject = :subject",
            "kind",
            kind.name(),
            "subject",
            subject)
        .stream()
        .findFirst()
        .map(JpaReportDossierRepository::dossier);
  }

  private static IllegalStateException oneDossier(ReportDossier dossier, String other) {
    return new IllegalStateException(
        "a " + dossier.kind() + " report on " + dossier.subject() + " exists: " + other);
  }

  @Override
  public List<ReportDossier> all() {
    return rows.query("select r from ReportDossierEntity r order by r.id").stream()
        .map(JpaReportDossierRepository::dossier)
        .toList();
  }

  @Override
  public List<ReportDossierId> ids() {
    // the ids only, not the documents: a document that cannot be decoded fails its own read
    return rows
        .column("select r.id from ReportDossierEntity r order by r.id", String.class)
        .stream()
        .map(ReportDossierId::of)
        .toList();
  }

  private static ReportDossier dossier(ReportDossierEntity row) {
    return ReportDossier.fromSnapshot(
        SnapshotCodec.read(row.document, ReportDossierSnapshot.class), new Version(row.version));
  }
}
