package org.db3311.sgc.core.supervision;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.common.InMemoryVersionedStore;

/** A {@link SupervisionFileRepository} held in memory. */
public final class InMemorySupervisionFileRepository implements SupervisionFileRepository {

  private final InMemoryVersionedStore<SupervisionSnapshot> store =
      new InMemoryVersionedStore<>("SupervisionFile");

  @Override
  public void save(SupervisionFile file) {
    file.markStored(store.save(file.subject(), file.version(), file.snapshot()));
  }

  @Override
  public Optional<SupervisionFile> find(String subject) {
    return store.find(subject).map(s -> SupervisionFile.fromSnapshot(s.snapshot(), s.version()));
  }

  @Override
  public List<SupervisionFile> withRunningClocks() {
    return store.where(s -> s.clocks().stream().anyMatch(StepClock::isRunning)).stream()
        .map(s -> SupervisionFile.fromSnapshot(s.snapshot(), s.version()))
        .toList();
  }

  @Override
  public List<SupervisionFile> openedBy(Instant instant) {
    return store.where(s -> !s.openedAt().isAfter(instant)).stream()
        .map(s -> SupervisionFile.fromSnapshot(s.snapshot(), s.version()))
        .toList();
  }
}
