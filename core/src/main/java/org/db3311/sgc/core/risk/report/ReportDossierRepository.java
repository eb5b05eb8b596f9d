package org.db3311.sgc.core.risk.report;

import java.util.List;
import java.util.Optional;

/** Outgoing port: report dossiers, with every version. */
public interface ReportDossierRepository {

  void save(ReportDossier dossier);

  Optional<ReportDossier> find(String id);

  Optional<ReportDossier> find(ReportKind kind, String subject);

  List<ReportDossier> all();
}
