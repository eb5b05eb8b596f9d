package org.db3311.sgc.core.calendar;

import java.util.Set;
import java.util.TreeSet;

/**
 * The working-day calendar has no data for a year: the State Council announces each year's holidays
 * around November, and until the deployment adds that year no working day can be computed in it.
 */
public final class CalendarDataMissingException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final int year;

  public CalendarDataMissingException(int year, Set<Integer> covered) {
    super(
        "the working-day calendar has no data for the year "
            + year
            + " (covered: "
            + new TreeSet<>(covered)
            + "); add "
            + year
            + ".json to the calendar directory");
    this.year = year;
  }

  public int year() {
    return year;
  }
}
