package org.db3311.sgc.core.reception;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** A month's reception rota as an immutable value. */
public record ReceptionRotaSnapshot(
    YearMonth month,
    Map<LocalDate, CountyLeader> days,
    RotaState state,
    Optional<Instant> publishedAt) {

  public ReceptionRotaSnapshot {
    Objects.requireNonNull(month, "month");
    days = Collections.unmodifiableMap(new TreeMap<>(days));
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(publishedAt, "publishedAt");
  }
}
