package org.db3311.sgc.core.risk.report;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.common.InMemoryVersionedStore;

/** Report dossiers in memory, for tests and embedding: snapshots, each save checked by version. */
public final class InMemoryReportDossierRepository implements ReportDossierRepository {

  private final InMemoryVersionedStore<ReportDossierSnapshot> store =
      new InMemoryVersionedStore<>("ReportDossier");

  @Override
  public synchronized void save(ReportDossier dossier) {
    // synchronized with the check: two new dossiers on one subject must not both pass it
    Optional<ReportDossier> other = find(dossier.kind(), dossier.subject());
    if (other.isPresent() && !other.get().id().equals(dossier.id())) {
      throw new IllegalStateException(
          "a "
              + dossier.kind()
              + " report on "
              + dossier.subject()
              + " exists: "
              + other.get().id());
    }
    dossier.markStored(store.save(dossier.id().value(), dossier.version(), dossier.snapshot()));
  }

  @Override
  public Optional<ReportDossier> find(ReportDossierId id) {
    return store.find(id.value()).map(s -> ReportDossier.fromSnapshot(s.snapshot(), s.version()));
  }

  @Override
  public Optional<ReportDossier> find(ReportKind kind, String subject) {
    return store
        .where(
            s -> {
              Report draft = s.versions().getFirst().content();
              return draft.kind() == kind && draft.subject().equals(subject);
            })
        .stream()
        .findFirst()
        .map(s -> ReportDossier.fromSnapshot(s.snapshot(), s.version()));
  }

  @Override
  public List<ReportDossier> all() {
    return store.where(s -> true).stream()
        .map(s -> ReportDossier.fromSnapshot(s.snapshot(), s.version()))
        .toList();
  }

  @Override
  public List<ReportDossierId> ids() {
    return store.where(s -> true).stream()
        .map(s -> s.snapshot().id())
        .sorted(Comparator.comparing(ReportDossierId::value))
        .toList();
  }
}
