package org.db3311.sgc.core.onward;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.common.InMemoryVersionedStore;
import org.db3311.sgc.core.intake.RegistrationNumber;

/** An {@link OnwardReferralRepository} held in memory. */
public final class InMemoryOnwardReferralRepository implements OnwardReferralRepository {

  private final InMemoryVersionedStore<OnwardReferralSnapshot> store =
      new InMemoryVersionedStore<>("OnwardReferral");

  @Override
  public void save(OnwardReferral r) {
    r.markStored(store.save(r.id().toString(), r.version(), r.snapshot()));
  }

  @Override
  public Optional<OnwardReferral> find(OnwardReferralId id) {
    return store
        .find(id.toString())
        .map(s -> OnwardReferral.fromSnapshot(s.snapshot(), s.version()));
  }

  @Override
  public List<OnwardReferral> ofMatter(RegistrationNumber matter) {
    return store.where(s -> s.id().matter().equals(matter)).stream()
        .map(s -> OnwardReferral.fromSnapshot(s.snapshot(), s.version()))
        .sorted(Comparator.comparingInt(r -> r.id().number()))
        .toList();
  }

  @Override
  public List<OnwardReferral> open() {
    return store.where(s -> !OnwardWorkflow.TABLE.terminalStates().contains(s.state())).stream()
        .map(s -> OnwardReferral.fromSnapshot(s.snapshot(), s.version()))
        .toList();
  }
}
