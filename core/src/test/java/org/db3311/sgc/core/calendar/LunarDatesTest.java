package org.db3311.sgc.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ibm.icu.impl.CalendarAstronomer;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.db3311.sgc.core.catalog.Implements;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The shipped lunar dates against an independent computation: ICU4J's astronomical Chinese calendar
 * (new moons and major solar terms at UTC+8) for 除夕, 春节, 端午 and 中秋, and ICU4J's solar ephemeris for
 * the Qingming term (the sun at 15° ecliptic longitude, Beijing time). The data was compiled from
 * another source (a table of lunar month lengths and a separate solar-longitude computation), so
 * agreement here is a real check.
 */
@Implements("R10")
class LunarDatesTest {

  private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

  @Test
  @DisplayName("R10: the shipped lunar dates cover 2000–2100, every year")
  void covers_the_century() {
    Map<Integer, LunarDates> data = LunarDates.shipped();
    assertThat(data.keySet()).hasSize(101);
    assertThat(data.keySet().stream().mapToInt(Integer::intValue).min().orElseThrow())
        .isEqualTo(2000);
    assertThat(data.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow())
        .isEqualTo(2100);
  }

  @Test
  @DisplayName("R10: 除夕, 春节, 端午 and 中秋 agree with ICU4J's Chinese calendar for every year")
  void lunar_dates_agree_with_an_independent_chinese_calendar() {
    List<String> disagreements = new ArrayList<>();
    for (LunarDates d : LunarDates.shipped().values()) {
      check(d.newYearsEve(), 12, -1, d.springFestival(), "除夕", disagreements);
      check(d.springFestival(), 1, 1, d.springFestival(), "春节", disagreements);
      check(d.dragonBoat(), 5, 5, d.dragonBoat().minusDays(4), "端午", disagreements);
      check(d.midAutumn(), 8, 15, d.midAutumn().minusDays(14), "中秋", disagreements);
    }
    assertThat(disagreements).isEmpty();
  }

  @Test
  @DisplayName("R10: 清明 agrees with ICU4J's solar ephemeris (15° solar longitude, UTC+8)")
  void qingming_agrees_with_an_independent_ephemeris() {
    List<String> disagreements = new ArrayList<>();
    for (LunarDates d : LunarDates.shipped().values()) {
      long from =
          LocalDate.of(d.year(), 3, 1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
      long at = new CalendarAstronomer(from).getSunTime(Math.toRadians(15), true);
      LocalDate computed = Instant.ofEpochMilli(at).atOffset(BEIJING).toLocalDate();
      if (!computed.equals(d.qingming()) && !nearMidnight(at, d.qingming())) {
        disagreements.add(d.year() + " 清明 " + d.qingming() + " vs " + computed);
      }
    }
    assertThat(disagreements).isEmpty();
  }

  /**
   * The data's day must carry the expected lunar month and day (day -1: the month's last day) in
   * ICU4J. Where ICU4J disagrees, the new moon that starts the month must fall within {@link
   * #PRECISION} of Beijing midnight at the start of the data's first day of the month: there the
   * day depends on minutes that ICU4J's lunar theory does not resolve (2027 and 2030 are such
   * years: the new moon falls a few minutes from midnight).
   */
  private static void check(
      LocalDate day,
      int month,
      int dayOfMonth,
      LocalDate monthStart,
      String name,
      List<String> disagreements) {
    ChineseCalendar cc = new ChineseCalendar(TimeZone.GMT_ZONE);
    cc.setTimeInMillis(day.atTime(12, 0).toInstant(ZoneOffset.UTC).toEpochMilli());
    int m = cc.get(ChineseCalendar.MONTH) + 1;
    int dom = cc.get(ChineseCalendar.DAY_OF_MONTH);
    boolean leap = cc.get(ChineseCalendar.IS_LEAP_MONTH) == 1;
    boolean lastDay = dom == cc.getActualMaximum(ChineseCalendar.DAY_OF_MONTH);
    boolean agrees = !leap && m == month && (dayOfMonth == -1 ? lastDay : dom == dayOfMonth);
    if (agrees) {
      return;
    }
    long from = monthStart.minusDays(3).atStartOfDay().toInstant(BEIJING).toEpochMilli();
    long newMoon = new CalendarAstronomer(from).getMoonTime(CalendarAstronomer.NEW_MOON, true);
    if (!nearMidnight(newMoon, monthStart)) {
      disagreements.add(
          day.getYear()
              + " "
              + name
              + " "
              + day
              + " is "
              + (leap ? "leap " : "")
              + m
              + "/"
              + dom
              + " in ICU4J; new moon at "
              + Instant.ofEpochMilli(newMoon).atOffset(BEIJING));
    }
  }

  /** How close to midnight an astronomical event may fall for either neighbouring day to pass. */
  private static final long PRECISION = 20 * 60 * 1000L;

  private static boolean nearMidnight(long eventMillis, LocalDate day) {
    long midnight = day.atStartOfDay().toInstant(BEIJING).toEpochMilli();
    return Math.abs(eventMillis - midnight) <= PRECISION
        || Math.abs(eventMillis - (midnight + 86_400_000L)) <= PRECISION;
  }

  @Test
  @DisplayName("R10: the lunar dates agree with the official arrangements shipped for 2020–2026")
  void lunar_dates_agree_with_the_official_arrangements() {
    for (HolidayTable official : HolidayTableCalendar.shippedTables()) {
      LunarDates d = LunarDates.shipped().get(official.year());
      // the official arrangement gives each of these days off (春节 初一–初三, 清明, 端午, 中秋)
      for (LocalDate day :
          List.of(
              d.springFestival(),
              d.springFestival().plusDays(1),
              d.springFestival().plusDays(2),
              d.qingming(),
              d.dragonBoat(),
              d.midAutumn())) {
        boolean weekend = day.getDayOfWeek().getValue() >= 6;
        assertThat(official.offDays().getOrDefault(day, weekend))
            .as("%s in the official %d arrangement", day, official.year())
            .isTrue();
      }
    }
  }

  @Test
  void malformed_lunar_data_is_refused_naming_the_line() {
    assertThatThrownBy(
            () ->
                LunarDates.parse(
                    "# c\n2027\t2027-02-04\t2027-02-06\t2027-04-05\t2027-06-09\t2027-09-15\n", "t"))
        .hasMessageContaining("line 2")
        .hasMessageContaining("除夕");
    assertThatThrownBy(() -> LunarDates.parse("2027\t2027-02-05\n", "t"))
        .hasMessageContaining("6 tab-separated");
    String line = "2027\t2027-02-05\t2027-02-06\t2027-04-05\t2027-06-09\t2027-09-15\n";
    assertThatThrownBy(() -> LunarDates.parse(line + line, "t"))
        .hasMessageContaining("second time");
  }
}
