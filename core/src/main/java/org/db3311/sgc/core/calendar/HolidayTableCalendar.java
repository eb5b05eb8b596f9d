package org.db3311.sgc.core.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.db3311.sgc.core.catalog.Implements;

/**
 * The working-day calendar over per-year holiday tables (ruling R9). By default it uses the tables
 * shipped with the library (holiday-cn data, MIT, 2020–2026); a deployment adds next year's table
 * or corrects one by pointing {@link #HolidayTableCalendar(Path)} at a directory of {@code
 * YYYY.json} files, read at start-up: a file there replaces the shipped table of its year.
 *
 * <p>A year without an official table, within the shipped lunar dates ({@link LunarDates},
 * 2000–2100), is answered from its {@code ProvisionalYear} (ruling R10) and listed in {@link
 * #provisionalYears()}; outside them a date is an error.
 */
@Implements({"R9", "R10"})
public final class HolidayTableCalendar implements WorkingCalendar {

  /** Where the shipped tables live on the classpath, beside their LICENSE and README. */
  public static final String RESOURCE_DIRECTORY = "holidays-cn/";

  private final Map<Integer, HolidayTable> tables;
  private final Map<LocalDate, Boolean> overrides;
  private final Map<Integer, LunarDates> lunar;
  private final Map<Integer, HolidayTable> provisional;

  /** The calendar over the tables shipped with the library, provisional beyond them (R10). */
  public HolidayTableCalendar() {
    this(shippedTables(), LunarDates.shipped());
  }

  /**
   * The shipped tables, with every {@code YYYY.json} of the directory replacing or adding its year;
   * provisional beyond them (R10).
   *
   * @throws UncheckedIOException when the directory cannot be read
   * @throws IllegalArgumentException naming the file when a table is malformed
   */
  public HolidayTableCalendar(Path directory) {
    this(merge(shippedTables(), directoryTables(directory)), LunarDates.shipped());
  }

  /** A calendar over exactly these tables (no shipped data, no provisional year). */
  public HolidayTableCalendar(Collection<HolidayTable> tables) {
    this(tables, Map.of());
  }

  /**
   * A calendar over these official tables, with a provisional year (R10) for every year of the
   * lunar dates that has no official table.
   */
  @Implements("R10")
  public HolidayTableCalendar(Collection<HolidayTable> tables, Map<Integer, LunarDates> lunar) {
    Map<Integer, HolidayTable> byYear = new TreeMap<>();
    for (HolidayTable t : tables) {
      if (byYear.put(t.year(), t) != null) {
        throw new IllegalArgumentException("two holiday tables for " + t.year());
      }
    }
    Map<LocalDate, Boolean> merged = new HashMap<>();
    for (HolidayTable t : byYear.values()) {
      t.offDays()
          .forEach(
              (date, off) -> {
                Boolean earlier = merged.put(date, off);
                if (earlier != null && !earlier.equals(off)) {
                  throw new IllegalArgumentException(
                      "holiday tables disagree about " + date + " (table " + t.year() + ")");
                }
              });
    }
    this.tables = Collections.unmodifiableMap(byYear);
    this.overrides = Collections.unmodifiableMap(merged);
    this.lunar = Map.copyOf(lunar);
    Map<Integer, HolidayTable> prov = new TreeMap<>();
    for (LunarDates l : new TreeMap<>(lunar).values()) {
      if (!byYear.containsKey(l.year())) {
        prov.put(l.year(), ProvisionalYear.of(l));
      }
    }
    this.provisional = Collections.unmodifiableMap(prov);
  }

  @Override
  public boolean isWorkingDay(LocalDate date) {
    int year = date.getYear();
    HolidayTable prov = null;
    if (!tables.containsKey(year)) {
      prov = provisional.get(year);
      if (prov == null) {
        throw new CalendarDataMissingException(year, coveredYears());
      }
    }
    // an official table reaching into a neighbouring year outranks that year's provisional one
    Boolean off = overrides.get(date);
    if (off == null && prov != null) {
      off = prov.offDays().get(date);
    }
    if (off != null) {
      return !off;
    }
    DayOfWeek dow = date.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
  }

  @Override
  public Set<Integer> coveredYears() {
    Set<Integer> all = new TreeSet<>(tables.keySet());
    all.addAll(provisional.keySet());
    return Collections.unmodifiableSet(all);
  }

  @Override
  public Set<Integer> provisionalYears() {
    return provisional.keySet();
  }

  @Override
  public Set<Integer> officialYears() {
    return tables.keySet();
  }

  /**
   * The table behind a year, e.g. to show which notice it came from; a provisional year's table
   * names ruling R10 in its papers ({@code ProvisionalYear#PAPER}).
   */
  public HolidayTable table(int year) {
    HolidayTable t = tables.get(year);
    if (t == null) {
      t = provisional.get(year);
    }
    if (t == null) {
      throw new CalendarDataMissingException(year, coveredYears());
    }
    return t;
  }

  /**
   * This calendar with these official tables added or replacing their years, as it is once a
   * deployment loads the official arrangement (R10).
   */
  @Implements("R10")
  public HolidayTableCalendar withOfficial(Collection<HolidayTable> official) {
    return new HolidayTableCalendar(
        merge(List.copyOf(tables.values()), List.copyOf(official)), lunar);
  }

  /**
   * This calendar without the official tables of these years, which become provisional again: the
   * calendar as it stood before their arrangement was loaded, against which the deadlines announced
   * then are recomputed (R10).
   */
  @Implements("R10")
  public HolidayTableCalendar withoutOfficial(Collection<Integer> years) {
    Map<Integer, HolidayTable> kept = new TreeMap<>(tables);
    years.forEach(kept::remove);
    return new HolidayTableCalendar(kept.values(), lunar);
  }

  /** The tables shipped with the library. */
  public static List<HolidayTable> shippedTables() {
    List<HolidayTable> out = new ArrayList<>();
    for (String line : resource("index.txt").split("\n")) {
      String name = line.strip();
      if (name.isEmpty() || name.startsWith("#")) {
        continue;
      }
      HolidayTable t = HolidayTable.parse(resource(name), RESOURCE_DIRECTORY + name);
      out.add(t.requireYear(Integer.parseInt(name.substring(0, 4)), name));
    }
    return out;
  }

  /** Every {@code YYYY.json} table in a directory. */
  public static List<HolidayTable> directoryTables(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new IllegalArgumentException("holiday data directory not found: " + directory);
    }
    try (Stream<Path> files = Files.list(directory)) {
      List<HolidayTable> out = new ArrayList<>();
      for (Path p : files.filter(HolidayTable::isYearFile).sorted().toList()) {
        String name = p.getFileName().toString();
        HolidayTable t =
            HolidayTable.parse(Files.readString(p, StandardCharsets.UTF_8), p.toString());
        out.add(t.requireYear(Integer.parseInt(name.substring(0, 4)), p.toString()));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read holiday data in " + directory, e);
    }
  }

  private static List<HolidayTable> merge(List<HolidayTable> base, List<HolidayTable> override) {
    Map<Integer, HolidayTable> byYear = new TreeMap<>();
    base.forEach(t -> byYear.put(t.year(), t));
    override.forEach(t -> byYear.put(t.year(), t));
    return List.copyOf(byYear.values());
  }

  private static String resource(String name) {
    try (InputStream in =
        HolidayTableCalendar.class.getResourceAsStream(RESOURCE_DIRECTORY + name)) {
      if (in == null) {
        throw new IllegalStateException("shipped holiday data missing: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
