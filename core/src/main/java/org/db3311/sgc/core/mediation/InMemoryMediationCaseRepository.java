package org.db3311.sgc.core.mediation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.common.InMemoryVersionedStore;
import org.db3311.sgc.core.intake.RegistrationNumber;

/** A {@link MediationCaseRepository} held in memory. */
public final class InMemoryMediationCaseRepository implements MediationCaseRepository {

  private final InMemoryVersionedStore<MediationSnapshot> store =
      new InMemoryVersionedStore<>("Mediation");

  @Override
  public void save(MediationCase m) {
    m.markStored(store.save(m.id().toString(), m.version(), m.snapshot()));
  }

  @Override
  public Optional<MediationCase> find(MediationCaseId id) {
    return store
        .find(id.toString())
        .map(s -> MediationCase.fromSnapshot(s.snapshot(), s.version()));
  }

  @Override
  public List<MediationCase> ofMatter(RegistrationNumber matter) {
    return store.where(s -> s.id().matter().equals(matter)).stream()
        .map(s -> MediationCase.fromSnapshot(s.snapshot(), s.version()))
        .sorted(Comparator.comparingInt(c -> c.id().attempt()))
        .toList();
  }

  @Override
  public List<MediationCaseId> withProvisionalConfirmationDue() {
    return store.where(MediationSnapshot::judicialConfirmationProvisional).stream()
        .map(s -> s.snapshot().id())
        .toList();
  }
}
