package org.db3311.sgc.core.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.db3311.sgc.core.common.InMemoryVersionedStore;
import org.db3311.sgc.core.common.UnitId;

/**
 * A {@link SupervisionFileRepository} held in memory: it answers the same queries as a database, in
 * the same order, by reading every file.
 */
public final class InMemorySupervisionFileRepository implements SupervisionFileRepository {

  private static final Comparator<SupervisionSnapshot> BY_DEADLINE =
      Comparator.<SupervisionSnapshot, LocalDate>comparing(s -> s.nextDeadline().orElseThrow())
          .thenComparing(SupervisionSnapshot::subject);

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
  public List<SupervisionFile> dueBefore(LocalDate day, PageRequest page) {
    return page(s -> s.nextDeadline().map(d -> d.isBefore(day)).orElse(false), BY_DEADLINE, page);
  }

  @Override
  public List<SupervisionFile> dueBetween(LocalDate from, LocalDate until, PageRequest page) {
    return page(
        s -> s.nextDeadline().map(d -> !d.isBefore(from) && !d.isAfter(until)).orElse(false),
        BY_DEADLINE,
        page);
  }

  @Override
  public List<SupervisionFile> dueBefore(LocalDate day, DueKey after, int limit) {
    return dueBefore(day, PageRequest.first(Integer.MAX_VALUE)).stream()
        .filter(f -> DueKey.of(f).compareTo(after) > 0)
        .limit(checked(limit))
        .toList();
  }

  @Override
  public List<SupervisionFile> dueBetween(
      LocalDate from, LocalDate until, DueKey after, int limit) {
    return dueBetween(from, until, PageRequest.first(Integer.MAX_VALUE)).stream()
        .filter(f -> DueKey.of(f).compareTo(after) > 0)
        .limit(checked(limit))
        .toList();
  }

  private static int checked(int limit) {
    // the same rule as a PageRequest's, so both adapters refuse alike
    return PageRequest.first(limit).limit();
  }

  @Override
  public int countDueBefore(LocalDate day) {
    return store.where(s -> s.nextDeadline().map(d -> d.isBefore(day)).orElse(false)).size();
  }

  @Override
  public int countDueBetween(LocalDate from, LocalDate until) {
    return store
        .where(s -> s.nextDeadline().map(d -> !d.isBefore(from) && !d.isAfter(until)).orElse(false))
        .size();
  }

  @Override
  public List<StateCount> countByUnitAndState(LocalDate overdueBefore) {
    return count(u -> true, overdueBefore);
  }

  @Override
  public List<StateCount> countByState(UnitId unit, LocalDate overdueBefore) {
    return count(unit::equals, overdueBefore);
  }

  private List<StateCount> count(Predicate<UnitId> units, LocalDate overdueBefore) {
    record Key(String unit, boolean leading, SupervisionState state) {}
    Map<Key, int[]> counts =
        new TreeMap<>(
            Comparator.comparing(Key::unit).thenComparing(Key::leading).thenComparing(Key::state));
    for (SupervisionSnapshot s : store.where(s -> true).stream().map(x -> x.snapshot()).toList()) {
      boolean overdue = s.nextDeadline().map(d -> d.isBefore(overdueBefore)).orElse(false);
      List<Key> keys = new ArrayList<>();
      if (units.test(s.unit())) {
        keys.add(new Key(s.unit().value(), true, s.state()));
      }
      for (UnitId p : s.participants()) {
        if (units.test(p)) {
          keys.add(new Key(p.value(), false, s.state()));
        }
      }
      for (Key k : keys) {
        int[] c = counts.computeIfAbsent(k, x -> new int[2]);
        c[0]++;
        c[1] += overdue ? 1 : 0;
      }
    }
    List<StateCount> rows = new ArrayList<>();
    counts.forEach(
        (k, c) ->
            rows.add(new StateCount(UnitId.of(k.unit()), k.leading(), k.state(), c[0], c[1])));
    return rows;
  }

  @Override
  public List<SupervisionFile> withRunningClocks(PageRequest page) {
    return page(
        s -> s.clocks().stream().anyMatch(StepClock::isRunning),
        Comparator.comparing(SupervisionSnapshot::subject),
        page);
  }

  @Override
  public List<SupervisionFile> inState(SupervisionState state, PageRequest page) {
    return page(s -> s.state() == state, Comparator.comparing(SupervisionSnapshot::subject), page);
  }

  @Override
  public List<SupervisionFile> openedBy(Instant instant) {
    return store.where(s -> !s.openedAt().isAfter(instant)).stream()
        .map(s -> SupervisionFile.fromSnapshot(s.snapshot(), s.version()))
        .toList();
  }

  private List<SupervisionFile> page(
      Predicate<SupervisionSnapshot> filter,
      Comparator<SupervisionSnapshot> order,
      PageRequest page) {
    return store.where(filter).stream()
        .sorted(Comparator.comparing(x -> x.snapshot(), order))
        .skip(page.offset())
        .limit(page.limit())
        .map(s -> SupervisionFile.fromSnapshot(s.snapshot(), s.version()))
        .toList();
  }
}
