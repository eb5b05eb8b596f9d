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

@Implements("R9")
class HolidayTableCalendarTest extends WorkingCalendarContract {

  @Override
  protected WorkingCalendar newCalendar() {
    return new HolidayTableCalendar();
  }

  @Test
  @DisplayName("R9: the product ships 2020–2026 with the data's licence")
  void shipped_data_and_licence() throws IOException {
    assertThat(new HolidayTableCalendar().coveredYears())
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
    assertThat(c.coveredYears()).contains(2026, 2027);
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
}
