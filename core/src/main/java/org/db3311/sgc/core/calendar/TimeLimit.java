package org.db3311.sgc.core.calendar;

import java.util.Objects;

/**
 * A length of time as the law states it: "15 days", "5 working days", "one month".
 *
 * @param length at least 1
 */
public record TimeLimit(int length, DayUnit unit) {

  public TimeLimit {
    Objects.requireNonNull(unit, "unit");
    if (length < 1) {
      throw new IllegalArgumentException("a time limit is at least 1, not " + length);
    }
  }

  public static TimeLimit workingDays(int n) {
    return new TimeLimit(n, DayUnit.WORKING_DAYS);
  }

  public static TimeLimit days(int n) {
    return new TimeLimit(n, DayUnit.CALENDAR_DAYS);
  }

  public static TimeLimit months(int n) {
    return new TimeLimit(n, DayUnit.MONTHS);
  }

  @Override
  public String toString() {
    return length
        + switch (unit) {
          case WORKING_DAYS -> " working day" + (length == 1 ? "" : "s");
          case CALENDAR_DAYS -> " day" + (length == 1 ? "" : "s");
          case MONTHS -> " month" + (length == 1 ? "" : "s");
        };
  }
}
