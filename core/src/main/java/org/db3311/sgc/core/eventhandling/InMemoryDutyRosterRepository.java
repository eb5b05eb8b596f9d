package org.db3311.sgc.core.eventhandling;

import java.util.Optional;
import org.db3311.sgc.core.common.InMemoryVersionedStore;

/** A {@link DutyRosterRepository} held in memory. */
public final class InMemoryDutyRosterRepository implements DutyRosterRepository {

  private final InMemoryVersionedStore<DutyRosterSnapshot> store =
      new InMemoryVersionedStore<>("DutyRoster");

  @Override
  public void save(DutyRoster roster) {
    roster.markStored(store.save(roster.id().toString(), roster.version(), roster.snapshot()));
  }

  @Override
  public Optional<DutyRoster> find(DutyRosterId id) {
    return store.find(id.toString()).map(s -> DutyRoster.fromSnapshot(s.snapshot(), s.version()));
  }
}
