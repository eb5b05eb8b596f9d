package org.db3311.sgc.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.db3311.sgc.core.catalog.Implements;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Implements({"R9", "R10"})
class HolidayTableCalendarTest extends WorkingCalendarContract {

  @Override
  protected WorkingCalendar newCalendar() {
    return new HolidayTableCalendar();
  }

  @Test
  @DisplayName("R9: the product ships 2020–2026 with the data's licence")
  void shipped_data_and_licence() throws IOException {
    assertThat(new HolidayTableCalendar().officialYears())
        .containsExactly(2020, 2021, 2022, 2023, 2024, 2025, 2026);
    try (InputStream licence =
        HolidayTableCalendar.class.getResourceAsStream("holidays-cn/LICENSE")) {
      assertThat(licence).isNotNull();
      assertThat(new String(licence.readAllBytes())).contains("MIT License");
    }
    assertThat(new HolidayTableCalendar().table(2025).papers()).isNotEmpty();
  }

  @Test
  @DisplayName("R9: a deployment adds a year from a directory, without a rebuild")
  void a_directory_adds_a_year(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("2027.json"),
        """
        {"year": 2027, "papers": [], "days": [
          {"name": "元旦", "date": "2027-01-01", "isOffDay": true}
        ]}
        """);
    HolidayTableCalendar c = new HolidayTableCalendar(dir);
    assertThat(c.officialYears()).contains(2026, 2027);
    assertThat(c.provisionalYears()).doesNotContain(2027);
    assertThat(c.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
    assertThat(c.isWorkingDay(LocalDate.of(2027, 1, 4))).isTrue();
  }

  @Test
  @DisplayName("R9: a deployment replaces a shipped year")
  void a_directory_replaces_a_year(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("2026.json"),
        """
        {"year": 2026, "days": [{"name": "特别", "date": "2026-03-02", "isOffDay": true}]}
        """);
    HolidayTableCalendar c = new HolidayTableCalendar(dir);
    assertThat(c.isWorkingDay(LocalDate.of(2026, 3, 2))).isFalse();
    assertThat(c.isWorkingDay(LocalDate.of(2026, 10, 1))).isTrue();
  }

  @Test
  void a_malformed_file_is_refused_naming_the_file(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("2027.json"), "{\"year\": 2027, \"days\": [},]}");
    assertThatThrownBy(() -> new HolidayTableCalendar(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2027.json");
  }

  @Test
  void a_file_named_for_another_year_is_refused(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("2028.json"), "{\"year\": 2027, \"days\": []}");
    assertThatThrownBy(() -> new HolidayTableCalendar(dir)).hasMessageContaining("holds 2027");
  }

  @Test
  void a_day_listed_twice_or_with_a_wrong_type_is_refused() {
    assertThatThrownBy(
            () ->
                HolidayTable.parse(
                    "{\"year\":2027,\"days\":[{\"name\":\"a\",\"date\":\"2027-01-01\",\"isOffDay\":true},"
                        + "{\"name\":\"a\",\"date\":\"2027-01-01\",\"isOffDay\":true}]}",
                    "t"))
        .hasMessageContaining("second time");
    assertThatThrownBy(
            () ->
                HolidayTable.parse(
                    "{\"year\":2027,\"days\":[{\"name\":\"a\",\"date\":\"2027-01-01\",\"isOffDay\":\"yes\"}]}",
                    "t"))
        .hasMessageContaining("isOffDay");
  }

  @Test
  void tables_that_disagree_about_a_day_are_refused() {
    HolidayTable a = new HolidayTable(2022, Map.of(LocalDate.of(2022, 12, 31), true), List.of());
    HolidayTable b = new HolidayTable(2023, Map.of(LocalDate.of(2022, 12, 31), false), List.of());
    assertThatThrownBy(() -> new HolidayTableCalendar(List.of(a, b)))
        .hasMessageContaining("disagree");
  }

  @Test
  @DisplayName(
      "R10: a year without its official arrangement is provisional: weekends and the 13 statutory days")
  void a_year_without_its_arrangement_is_provisional() {
    HolidayTableCalendar c = new HolidayTableCalendar();
    assertThat(c.provisionalYears()).contains(2027, 2100).doesNotContain(2026);
    assertThat(c.isProvisional(LocalDate.of(2027, 3, 1))).isTrue();
    assertThat(c.isProvisional(LocalDate.of(2026, 12, 31))).isFalse();
    HolidayTable t = c.table(2027);
    assertThat(t.papers()).containsExactly(ProvisionalYear.PAPER);
    LunarDates l = LunarDates.shipped().get(2027);
    // 元旦 1 + 春节 4 + 清明 1 + 劳动节 2 + 端午 1 + 中秋 1 + 国庆 3
    assertThat(t.offDays()).hasSize(13).doesNotContainValue(false);
    assertThat(t.offDays().keySet())
        .contains(
            LocalDate.of(2027, 1, 1),
            l.newYearsEve(),
            l.springFestival(),
            l.springFestival().plusDays(2),
            l.qingming(),
            LocalDate.of(2027, 5, 1),
            LocalDate.of(2027, 5, 2),
            l.dragonBoat(),
            l.midAutumn(),
            LocalDate.of(2027, 10, 3));
    // 2027-01-01 is a Friday, a holiday; 2027-01-04 a Monday, a working day; 5 October 2027
    // (Tuesday) is no holiday in a provisional year: only the notice gives 4–7 October off
    assertThat(c.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
    assertThat(c.isWorkingDay(LocalDate.of(2027, 1, 4))).isTrue();
    assertThat(c.isWorkingDay(LocalDate.of(2027, 1, 2))).isFalse();
    assertThat(c.isWorkingDay(LocalDate.of(2027, 10, 5))).isTrue();
    assertThat(c.isWorkingDay(l.springFestival().plusDays(2))).isFalse();
  }

  @Test
  @DisplayName("R10: 中秋 on a 国庆 day is one day off, not two")
  void mid_autumn_on_national_day() {
    LunarDates l =
        LunarDates.shipped().values().stream()
            .filter(x -> x.midAutumn().getMonthValue() == 10 && x.midAutumn().getDayOfMonth() <= 3)
            .findFirst()
            .orElseThrow();
    assertThat(ProvisionalYear.of(l).offDays()).hasSize(12);
  }

  @Test
  @DisplayName("R10: past the lunar data a date is still an error naming the year")
  void beyond_the_lunar_data_is_an_error() {
    assertThatThrownBy(() -> new HolidayTableCalendar().isWorkingDay(LocalDate.of(2101, 3, 1)))
        .isInstanceOf(CalendarDataMissingException.class)
        .hasMessageContaining("2101");
  }

  @Test
  @DisplayName(
      "R10: loading the official arrangement makes the year official, replaced again on request")
  void loading_and_unloading_an_official_year() {
    HolidayTable official2027 =
        new HolidayTable(
            2027,
            Map.of(LocalDate.of(2027, 10, 5), true, LocalDate.of(2027, 9, 26), false),
            List.of("notice"));
    HolidayTableCalendar loaded = new HolidayTableCalendar().withOfficial(List.of(official2027));
    assertThat(loaded.provisionalYears()).doesNotContain(2027);
    assertThat(loaded.officialYears()).contains(2027);
    assertThat(loaded.isWorkingDay(LocalDate.of(2027, 10, 5))).isFalse();
    assertThat(loaded.isWorkingDay(LocalDate.of(2027, 9, 26))).isTrue();
    HolidayTableCalendar before = loaded.withoutOfficial(List.of(2027));
    assertThat(before.provisionalYears()).contains(2027);
    assertThat(before.isWorkingDay(LocalDate.of(2027, 10, 5))).isTrue();
  }
}
