package org.db3311.sgc.core.eventhandling;

import java.time.LocalDate;
import org.db3311.sgc.core.common.MutableClock;

class InMemoryDutyRosterTest extends DutyRosterContract {
  @Override
  protected DutyRoster rosterWith(LocalDate day, DutyLeader leader) {
    return new InMemoryDutyRoster(MutableClock.ZONE).assign(day, leader);
  }
}
