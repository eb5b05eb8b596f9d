package org.db3311.sgc.core.eventhandling;

import java.time.YearMonth;
import java.util.Objects;

/** The id of a month's duty roster: the month itself, one roster per month. */
public record DutyRosterId(YearMonth month) {

  public DutyRosterId {
    Objects.requireNonNull(month, "month");
  }

  public static DutyRosterId of(YearMonth month) {
    return new DutyRosterId(month);
  }

  @Override
  public String toString() {
    return "DUTY-" + month;
  }
}
