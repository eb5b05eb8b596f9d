package org.db3311.sgc.core.epidemic;

import java.util.Optional;
import org.db3311.sgc.core.common.InMemoryVersionedStore;

/** The epidemic-control command in memory, for tests and embedding: a versioned snapshot. */
public final class InMemoryEpidemicCommandRepository implements EpidemicCommandRepository {

  private final InMemoryVersionedStore<EpidemicCommandSnapshot> store =
      new InMemoryVersionedStore<>("EpidemicMode");

  @Override
  public void save(EpidemicCommand command) {
    command.markStored(store.save(EpidemicCommand.ID, command.version(), command.snapshot()));
  }

  @Override
  public Optional<EpidemicCommand> find() {
    return store
        .find(EpidemicCommand.ID)
        .map(s -> EpidemicCommand.fromSnapshot(s.snapshot(), s.version()));
  }
}
