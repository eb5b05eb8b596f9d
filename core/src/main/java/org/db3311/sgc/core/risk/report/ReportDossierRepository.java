package org.db3311.sgc.core.risk.report;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Outgoing port: report dossiers, with every version. */
public interface ReportDossierRepository {

  /**
   * Stores it at its next version.
   *
   * @throws org.db3311.sgc.core.common.OptimisticLockException when the stored version is no longer
   *     the one it was read at
   */
  void save(ReportDossier dossier);

  Optional<ReportDossier> find(ReportDossierId id);

  Optional<ReportDossier> find(ReportKind kind, String subject);

  List<ReportDossier> all();

  /**
   * Every stored dossier's id, ordered by id: lists read each dossier on its own, so one unreadable
   * dossier is reported without hiding the others. The default reads every dossier (so one that
   * cannot be read fails it), kept only so that an older adapter still compiles: an adapter reads
   * the ids alone, as both shipped ones do.
   */
  default List<ReportDossierId> ids() {
    return all().stream()
        .map(ReportDossier::id)
        .sorted(Comparator.comparing(ReportDossierId::value))
        .toList();
  }
}
