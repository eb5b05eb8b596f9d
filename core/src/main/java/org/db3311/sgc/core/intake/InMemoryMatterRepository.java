package org.db3311.sgc.core.intake;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.common.InMemoryVersionedStore;
import org.db3311.sgc.core.common.Version;

/** A {@link MatterRepository} held in memory, for tests and embedding. */
public final class InMemoryMatterRepository implements MatterRepository {

  private final InMemoryVersionedStore<MatterSnapshot> store =
      new InMemoryVersionedStore<>("Matter");

  @Override
  public synchronized void save(Matter matter) {
    Optional<SourceReference> source = matter.registration().source();
    if (matter.version().isNew() && source.isPresent()) {
      Optional<Matter> existing = findBySource(source.get());
      if (existing.isPresent()) {
        throw new DuplicateSourceReferenceException(source.get(), existing.get().number());
      }
    }
    Version stored = store.save(matter.number().toString(), matter.version(), matter.snapshot());
    matter.markStored(stored);
  }

  @Override
  public Optional<Matter> find(RegistrationNumber number) {
    return store.find(number.toString()).map(s -> Matter.fromSnapshot(s.snapshot(), s.version()));
  }

  @Override
  public Optional<Matter> findBySource(SourceReference source) {
    return store.where(s -> s.registration().source().filter(source::equals).isPresent()).stream()
        .findFirst()
        .map(s -> Matter.fromSnapshot(s.snapshot(), s.version()));
  }

  @Override
  public List<Matter> registeredSince(Instant since) {
    return store.where(s -> !s.registeredAt().isBefore(since)).stream()
        .map(s -> Matter.fromSnapshot(s.snapshot(), s.version()))
        .sorted(Comparator.comparing(Matter::registeredAt))
        .toList();
  }

  /** Every stored matter's snapshot, in no order: what {@link InMemoryMatterSearch} filters. */
  List<MatterSnapshot> snapshots() {
    return store.where(s -> true).stream().map(InMemoryVersionedStore.Stored::snapshot).toList();
  }
}
