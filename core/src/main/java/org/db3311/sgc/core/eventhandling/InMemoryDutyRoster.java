package org.db3311.sgc.core.eventhandling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A {@link DutyRoster} of one leader per calendar day, held in memory. */
public final class InMemoryDutyRoster implements DutyRoster {

  private final ZoneId zone;
  private final Map<LocalDate, DutyLeader> byDay = new HashMap<>();

  public InMemoryDutyRoster(ZoneId zone) {
    this.zone = java.util.Objects.requireNonNull(zone, "zone");
  }

  public synchronized InMemoryDutyRoster assign(LocalDate day, DutyLeader leader) {
    byDay.put(day, leader);
    return this;
  }

  @Override
  public synchronized Optional<DutyLeader> dutyLeaderAt(Instant at) {
    return Optional.ofNullable(byDay.get(LocalDate.ofInstant(at, zone)));
  }
}
