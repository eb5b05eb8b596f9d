package org.db3311.sgc.core.followup;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.common.InMemoryVersionedStore;
import org.db3311.sgc.core.intake.RegistrationNumber;

/** A {@link FollowUpRepository} held in memory. */
public final class InMemoryFollowUpRepository implements FollowUpRepository {

  private final InMemoryVersionedStore<FollowUpSnapshot> store =
      new InMemoryVersionedStore<>("FollowUp");

  @Override
  public void save(FollowUp f) {
    f.markStored(store.save(f.id().toString(), f.version(), f.snapshot()));
  }

  @Override
  public Optional<FollowUp> find(FollowUpId id) {
    return store.find(id.toString()).map(s -> FollowUp.fromSnapshot(s.snapshot(), s.version()));
  }

  @Override
  public List<FollowUp> ofMatter(RegistrationNumber matter) {
    return store.where(s -> s.id().matter().equals(matter)).stream()
        .map(s -> FollowUp.fromSnapshot(s.snapshot(), s.version()))
        .sorted(Comparator.comparingInt(f -> f.id().round()))
        .toList();
  }
}
