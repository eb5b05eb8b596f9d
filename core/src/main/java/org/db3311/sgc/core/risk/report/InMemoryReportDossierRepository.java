package org.db3311.sgc.core.risk.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.db3311.sgc.core.common.OptimisticLockException;
import org.db3311.sgc.core.common.Version;

/** Report dossiers in memory, for tests and embedding; a save honours the version read. */
public final class InMemoryReportDossierRepository implements ReportDossierRepository {
  private final Map<String, ReportDossier> dossiers = new LinkedHashMap<>();
  private final Map<String, Version> versions = new java.util.HashMap<>();

  @Override
  public synchronized void save(ReportDossier dossier) {
    ReportDossier other = find(dossier.kind(), dossier.subject()).orElse(dossier);
    if (other != dossier && !other.id().equals(dossier.id())) {
      throw new IllegalStateException(
          "a " + dossier.kind() + " report on " + dossier.subject() + " exists: " + other.id());
    }
    Version stored = versions.getOrDefault(dossier.id(), Version.NEW);
    if (!stored.equals(dossier.version())) {
      throw new OptimisticLockException("ReportDossier", dossier.id(), dossier.version(), stored);
    }
    versions.put(dossier.id(), stored.next());
    dossiers.put(dossier.id(), dossier);
    dossier.markStored(stored.next());
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
