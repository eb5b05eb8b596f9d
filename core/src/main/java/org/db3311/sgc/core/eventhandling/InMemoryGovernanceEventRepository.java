package org.db3311.sgc.core.eventhandling;

import java.util.Optional;
import org.db3311.sgc.core.common.InMemoryVersionedStore;
import org.db3311.sgc.core.intake.RegistrationNumber;

/** A {@link GovernanceEventRepository} held in memory. */
public final class InMemoryGovernanceEventRepository implements GovernanceEventRepository {

  private final InMemoryVersionedStore<GovernanceEventSnapshot> store =
      new InMemoryVersionedStore<>("GovernanceEvent");

  @Override
  public void save(GovernanceEvent e) {
    e.markStored(store.save(e.matter().toString(), e.version(), e.snapshot()));
  }

  @Override
  public Optional<GovernanceEvent> find(RegistrationNumber matter) {
    return store
        .find(matter.toString())
        .map(s -> GovernanceEvent.fromSnapshot(s.snapshot(), s.version()));
  }
}
