package org.db3311.sgc.core.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Outgoing port: the daily collections, one per day, kept as collected. */
public interface DailyCollectionStore {

  void add(DailyCollection collection);

  Optional<DailyCollection> find(LocalDate day);

  List<DailyCollection> between(LocalDate from, LocalDate toExclusive);
}
