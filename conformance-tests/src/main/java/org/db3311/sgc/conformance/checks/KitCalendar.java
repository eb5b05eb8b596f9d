package org.db3311.sgc.conformance.checks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The kit's own working-day calendar (R9, R10), read from the holiday arrangements it carries
 * ({@code published-calendar.txt}) and never from the deployment, so that a deadline the server
 * computes is compared with an independent count. It knows only the years it lists and refuses any
 * other, so a check cannot silently count on a guess.
 */
final class KitCalendar {

  private final Map<LocalDate, Boolean> days = new HashMap<>();
  private final Set<Integer> published = new HashSet<>();
  private final Set<Integer> provisional = new HashSet<>();

  private KitCalendar() {}

  static KitCalendar carried() {
    KitCalendar c = new KitCalendar();
    try (InputStream in = KitCalendar.class.getResourceAsStream("published-calendar.txt")) {
      if (in == null) {
        throw new IllegalStateException("published-calendar.txt missing from the kit");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.strip().split("\\s+");
        if (f[0].isEmpty() || f[0].startsWith("#")) {
          continue;
        }
        switch (f[0]) {
          case "published" -> c.published.add(Integer.parseInt(f[1]));
          case "provisional" -> c.provisional.add(Integer.parseInt(f[1]));
          case "off" -> c.days.put(LocalDate.parse(f[1]), false);
          case "work" -> c.days.put(LocalDate.parse(f[1]), true);
          default -> throw new IllegalStateException("published-calendar.txt: " + line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return c;
  }

  boolean knows(int year) {
    return published.contains(year) || provisional.contains(year);
  }

  /** Whether the year's arrangement is only provisional (R10): no notice published. */
  boolean provisional(int year) {
    return provisional.contains(year) && !published.contains(year);
  }

  boolean isWorkingDay(LocalDate d) {
    if (!knows(d.getYear())) {
      throw new IllegalArgumentException("the kit carries no calendar for " + d.getYear());
    }
    Boolean listed = days.get(d);
    if (listed != null) {
      return listed;
    }
    return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  /** The {@code n}th working day after {@code start} (the start day itself not counted). */
  LocalDate plusWorkingDays(LocalDate start, int n) {
    LocalDate d = start;
    for (int counted = 0; counted < n; ) {
      d = d.plusDays(1);
      if (isWorkingDay(d)) {
        counted++;
      }
    }
    return d;
  }

  /** Working days after {@code start} up to and including {@code end}. */
  int workingDaysBetween(LocalDate start, LocalDate end) {
    int counted = 0;
    for (LocalDate d = start.plusDays(1); !d.isAfter(end); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        counted++;
      }
    }
    return counted;
  }
}
