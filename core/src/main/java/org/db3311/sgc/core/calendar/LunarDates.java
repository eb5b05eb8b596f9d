package org.db3311.sgc.core.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.db3311.sgc.core.catalog.Implements;

/**
 * The dates of one Gregorian year on which the statutory holidays that follow the lunar calendar or
 * the solar terms fall (ruling R10): 除夕 (New Year's Eve, the last day of the 12th lunar month), 春节
 * (正月初一), 清明 (the Qingming solar term, Beijing time), 端午 (五月初五) and 中秋 (八月十五). They are held as
 * data ({@value #RESOURCE}), one line a year, checked against an independent computation by the
 * tests; no lunar arithmetic runs in the product.
 */
@Implements("R10")
public record LunarDates(
    int year,
    LocalDate newYearsEve,
    LocalDate springFestival,
    LocalDate qingming,
    LocalDate dragonBoat,
    LocalDate midAutumn) {

  /** The shipped data on the classpath, beside this class. */
  public static final String RESOURCE = "provisional/lunar-dates.tsv";

  public LunarDates {
    Objects.requireNonNull(newYearsEve, "newYearsEve");
    Objects.requireNonNull(springFestival, "springFestival");
    Objects.requireNonNull(qingming, "qingming");
    Objects.requireNonNull(dragonBoat, "dragonBoat");
    Objects.requireNonNull(midAutumn, "midAutumn");
    for (LocalDate d :
        new LocalDate[] {newYearsEve, springFestival, qingming, dragonBoat, midAutumn}) {
      if (d.getYear() != year) {
        throw new IllegalArgumentException("the " + year + " lunar dates list " + d);
      }
    }
    if (!newYearsEve.plusDays(1).equals(springFestival)) {
      throw new IllegalArgumentException(year + ": 除夕 must be the day before 正月初一");
    }
    if (qingming.getMonth() != Month.APRIL
        || qingming.getDayOfMonth() < 4
        || qingming.getDayOfMonth() > 6) {
      throw new IllegalArgumentException(year + ": 清明 falls on 4–6 April, not " + qingming);
    }
    if (!(springFestival.isBefore(dragonBoat) && dragonBoat.isBefore(midAutumn))) {
      throw new IllegalArgumentException(year + ": 春节, 端午 and 中秋 out of order");
    }
  }

  /**
   * Reads the tab-separated format strictly: {@code year chuxi chunjie qingming duanwu zhongqiu},
   * ISO dates, {@code #} comments; a malformed line or a year listed twice is an error naming the
   * line.
   */
  public static Map<Integer, LunarDates> parse(String text, String source) {
    Map<Integer, LunarDates> out = new TreeMap<>();
    String[] lines = text.split("\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      try {
        if (f.length != 6) {
          throw new IllegalArgumentException("expected 6 tab-separated fields, got " + f.length);
        }
        LunarDates d =
            new LunarDates(
                Integer.parseInt(f[0]),
                LocalDate.parse(f[1]),
                LocalDate.parse(f[2]),
                LocalDate.parse(f[3]),
                LocalDate.parse(f[4]),
                LocalDate.parse(f[5]));
        if (out.put(d.year(), d) != null) {
          throw new IllegalArgumentException("year " + d.year() + " listed a second time");
        }
      } catch (IllegalArgumentException | DateTimeException e) {
        throw new IllegalArgumentException(
            "lunar dates " + source + " line " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /** The data shipped with the library, by year. */
  public static Map<Integer, LunarDates> shipped() {
    return Shipped.DATA;
  }

  private static final class Shipped {
    static final Map<Integer, LunarDates> DATA = load();

    private static Map<Integer, LunarDates> load() {
      try (InputStream in = LunarDates.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("shipped lunar dates missing: " + RESOURCE);
        }
        return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
