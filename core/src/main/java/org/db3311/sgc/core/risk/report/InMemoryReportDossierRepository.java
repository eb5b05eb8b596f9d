package org.db3311.sgc.core.risk.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Report dossiers in memory, for tests and embedding. */
public final class InMemoryReportDossierRepository implements ReportDossierRepository {
  private final Map<String, ReportDossier> dossiers = new LinkedHashMap<>();

  @Override
  public synchronized void save(ReportDossier dossier) {
    ReportDossier other = find(dossier.kind(), dossier.subject()).orElse(dossier);
    if (other != dossier && !other.id().equals(dossier.id())) {
      throw new IllegalStateException(
          "a " + dossier.kind() + " report on " + dossier.subject() + " exists: " + other.id());
    }
    dossiers.put(dossier.id(), dossier);
  }

  @Override
  public synchronized Optional<ReportDossier> find(String id) {
    return Optional.ofNullable(dossiers.get(id));
  }

  @Override
  public synchronized Optional<ReportDossier> find(ReportKind kind, String subject) {
    return dossiers.values().stream()
        .filter(d -> d.kind() == kind && d.subject().equals(subject))
        .findFirst();
  }

  @Override
  public synchronized List<ReportDossier> all() {
    return new ArrayList<>(dossiers.values());
  }
}
