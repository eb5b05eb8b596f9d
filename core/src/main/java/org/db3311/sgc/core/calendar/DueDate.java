package org.db3311.sgc.core.calendar;

import java.time.LocalDate;
import java.util.Objects;
import org.db3311.sgc.core.catalog.Implements;

/**
 * A deadline's last day and whether it was computed on a provisional year (ruling R10): a
 * provisional date is announced as such (暂定) and is recomputed, never earlier, once the official
 * arrangement is loaded.
 *
 * @param date the last day
 * @param provisional true when a day counted, or the last day, lies in a year the calendar only
 *     holds provisionally
 */
@Implements("R10")
public record DueDate(LocalDate date, boolean provisional) {

  public DueDate {
    Objects.requireNonNull(date, "date");
  }

  public static DueDate official(LocalDate date) {
    return new DueDate(date, false);
  }

  public static DueDate provisional(LocalDate date) {
    return new DueDate(date, true);
  }

  /** The date, followed by "（暂定）" when it is provisional: how notices and views show it. */
  public String display() {
    return provisional ? date + "（暂定）" : date.toString();
  }
}
