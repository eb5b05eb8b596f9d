package org.db3311.sgc.core.calendar;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.db3311.sgc.core.common.json.JsonException;
import org.db3311.sgc.core.common.json.JsonReader;

/**
 * One year of the official holiday arrangement: the dates that differ from the ordinary
 * Monday–Friday week. An entry {@code true} is a day off (holiday, or a weekday given off), {@code
 * false} an adjusted working day (调休). The format is that of the holiday-cn project: {@code {year,
 * papers[], days[{name, date, isOffDay}]}}.
 *
 * @param year the year the arrangement is for
 * @param offDays the differing dates: true = day off, false = working day
 * @param papers the notices the data was taken from
 */
public record HolidayTable(int year, Map<LocalDate, Boolean> offDays, List<String> papers) {

  public HolidayTable {
    if (year < 1949 || year > 9999) {
      throw new IllegalArgumentException("not a plausible year: " + year);
    }
    offDays = Collections.unmodifiableMap(new TreeMap<>(offDays));
    papers = List.copyOf(papers);
    for (LocalDate d : offDays.keySet()) {
      // the arrangement for a year may reach a few days into the neighbouring years
      if (Math.abs(d.getYear() - year) > 1) {
        throw new IllegalArgumentException(
            "the " + year + " arrangement lists " + d + ", too far from its year");
      }
    }
  }

  /**
   * Reads a year file strictly: unknown shapes, wrong types, impossible dates and a date listed
   * twice are errors naming the source.
   *
   * @param source a name for messages, e.g. the file name
   */
  public static HolidayTable parse(String json, String source) {
    try {
      Map<String, Object> root = JsonReader.parseObject(json);
      Object yearValue = root.get("year");
      if (!(yearValue instanceof BigDecimal y) || y.scale() > 0) {
        throw new JsonException("'year' must be an integer");
      }
      int year = y.intValueExact();
      List<String> papers =
          root.get("papers") == null ? List.of() : strings(root.get("papers"), "papers");
      if (!(root.get("days") instanceof List<?> days)) {
        throw new JsonException("'days' must be an array");
      }
      Map<LocalDate, Boolean> off = new TreeMap<>();
      int i = 0;
      for (Object o : days) {
        if (!(o instanceof Map<?, ?> day)) {
          throw new JsonException("days[" + i + "] must be an object");
        }
        if (!(day.get("name") instanceof String)) {
          throw new JsonException("days[" + i + "].name must be a string");
        }
        if (!(day.get("date") instanceof String date)) {
          throw new JsonException("days[" + i + "].date must be a string");
        }
        if (!(day.get("isOffDay") instanceof Boolean isOff)) {
          throw new JsonException("days[" + i + "].isOffDay must be true or false");
        }
        LocalDate d;
        try {
          d = LocalDate.parse(date);
        } catch (DateTimeException e) {
          throw new JsonException("days[" + i + "].date is not an ISO date: " + date);
        }
        if (off.put(d, isOff) != null) {
          throw new JsonException("days[" + i + "] lists " + d + " a second time");
        }
        i++;
      }
      return new HolidayTable(year, off, papers);
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new IllegalArgumentException("holiday data " + source + ": " + e.getMessage(), e);
    }
  }

  private static List<String> strings(Object value, String key) {
    if (!(value instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
      throw new JsonException("'" + key + "' must be an array of strings");
    }
    return list.stream().map(String.class::cast).toList();
  }

  /** The conventional file name of a year's data, e.g. {@code 2026.json}. */
  public static String fileName(int year) {
    return year + ".json";
  }

  static boolean isYearFile(Path p) {
    return p.getFileName().toString().matches("[0-9]{4}\\.json");
  }

  /** Checks that a file named for a year holds that year. */
  HolidayTable requireYear(int expected, String source) {
    if (year != expected) {
      throw new IllegalArgumentException(
          "holiday data " + source + " is named for " + expected + " but holds " + year);
    }
    return Objects.requireNonNull(this);
  }
}
