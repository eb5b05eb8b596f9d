package org.db3311.sgc.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.db3311.sgc.core.catalog.Implements;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deadlines of 6.2.1.3 ("限期调处，限期反馈办理结果") counted on the working calendar held as data (R9),
 * provisional beyond the published arrangement and never recomputed earlier (R10).
 */
@Implements({"6.2.1.3", "R9", "R10"})
@DisplayName("6.2.1.3, R9, R10: deadline and calendar edges")
class CalendarEdgesTest {

  private final HolidayTableCalendar shipped = new HolidayTableCalendar();

  private static Deadline deadline(TimeLimit limit, LocalDate start) {
    return Deadline.startingOn(DeadlineRule.of("handling", limit, "assigned", "test"), start);
  }

  @Test
  @DisplayName("a deadline in months is moved on by the days paused inside it (a product rule)")
  void a_month_deadline_moves_on_by_the_paused_days() {
    Deadline month = deadline(TimeLimit.months(1), LocalDate.of(2026, 5, 11));
    assertThat(month.dueDate(shipped)).isEqualTo(LocalDate.of(2026, 6, 11));
    // paused 13, 14 and 15 May: three days more, 14 June is a Sunday, so Monday 15 June
    Deadline paused =
        month
            .pausedFrom(LocalDate.of(2026, 5, 13), "waiting on the applicant", Instant.EPOCH)
            .resumedOn(LocalDate.of(2026, 5, 16), Instant.EPOCH);
    assertThat(paused.dueDate(shipped)).isEqualTo(LocalDate.of(2026, 6, 15));
  }

  @Test
  @DisplayName("an open pause reaching past a month's end counts the extra days after it")
  void an_open_pause_over_the_end_of_a_month_deadline() {
    Deadline open =
        deadline(TimeLimit.months(1), LocalDate.of(2026, 5, 11))
            .pausedFrom(LocalDate.of(2026, 6, 1), "waiting on the applicant", Instant.EPOCH);
    // paused 1–12 June as of 12 June: 11 days inside the month (1–11 June) are added after the
    // pause, 13 to 23 June, and Tuesday 23 June is a working day
    assertThat(open.dueDate(shipped, LocalDate.of(2026, 6, 12)))
        .isEqualTo(LocalDate.of(2026, 6, 23));
  }

  @Test
  @DisplayName("R10: a deadline says whether it reaches a provisional year")
  void a_deadline_knows_whether_it_is_provisional() {
    LocalDate today = LocalDate.of(2026, 12, 1);
    assertThat(deadline(TimeLimit.months(2), today).isProvisional(shipped, today)).isTrue();
    assertThat(deadline(TimeLimit.workingDays(5), today).isProvisional(shipped, today)).isFalse();
  }

  @Test
  @DisplayName("R10: the floor of an announced date only ever rises")
  void a_floor_only_rises() {
    Deadline d = deadline(TimeLimit.workingDays(1), LocalDate.of(2026, 3, 2));
    LocalDate fifth = LocalDate.of(2026, 3, 5);
    Deadline floored = d.notBefore(fifth);
    assertThat(floored.notBefore()).contains(fifth);
    assertThat(floored.dueDate(shipped)).isEqualTo(fifth);
    assertThat(floored.notBefore(LocalDate.of(2026, 3, 4)).notBefore()).contains(fifth);
    assertThat(floored.notBefore(fifth).notBefore()).contains(fifth);
    assertThat(floored.notBefore(LocalDate.of(2026, 3, 9)).notBefore())
        .contains(LocalDate.of(2026, 3, 9));
  }

  @Test
  @DisplayName(
      "R10: a provisional date announced later than the recount stays; otherwise the recount")
  void never_earlier_than_a_provisional_announcement() {
    DueDate eighth = DueDate.provisional(LocalDate.of(2027, 1, 8));
    DueDate sixth = DueDate.official(LocalDate.of(2027, 1, 6));
    assertThat(DeadlineRecompute.neverEarlier(eighth, sixth))
        .isEqualTo(DueDate.official(LocalDate.of(2027, 1, 8)));
    assertThat(
            DeadlineRecompute.neverEarlier(eighth, DueDate.provisional(LocalDate.of(2027, 1, 6))))
        .isEqualTo(DueDate.provisional(LocalDate.of(2027, 1, 8)));
    // an official announcement is not held as a floor, and a later recount always wins
    assertThat(DeadlineRecompute.neverEarlier(DueDate.official(LocalDate.of(2027, 1, 8)), sixth))
        .isEqualTo(sixth);
    DueDate ninth = DueDate.official(LocalDate.of(2027, 1, 9));
    assertThat(DeadlineRecompute.neverEarlier(eighth, ninth)).isEqualTo(ninth);
    assertThat(DeadlineRecompute.neverEarlier(eighth, DueDate.official(LocalDate.of(2027, 1, 8))))
        .isEqualTo(DueDate.official(LocalDate.of(2027, 1, 8)));
  }

  @Test
  void a_recompute_result_has_changed_only_when_the_date_or_its_status_did() {
    Deadline d = deadline(TimeLimit.workingDays(1), LocalDate.of(2026, 3, 2));
    DueDate p = DueDate.provisional(LocalDate.of(2027, 1, 8));
    assertThat(new DeadlineRecompute.Result(d, p, p).changed()).isFalse();
    assertThat(new DeadlineRecompute.Result(d, p, DueDate.official(p.date())).changed()).isTrue();
    assertThat(
            new DeadlineRecompute.Result(d, p, DueDate.provisional(LocalDate.of(2027, 1, 9)))
                .changed())
        .isTrue();
  }

  @Test
  @DisplayName("R10: from November the health names next year's missing file exactly")
  void the_health_message_names_next_year() {
    CalendarHealth h = CalendarHealth.of(shipped, LocalDate.of(2026, 11, 1));
    assertThat(h.messages())
        .containsExactly(
            "the official holiday arrangement of 2027 is not loaded: deadlines reaching into 2027"
                + " are provisional; load 2027.json once the State Council publishes it");
    assertThat(CalendarHealth.of(shipped, LocalDate.of(2026, 10, 31)).message()).isEqualTo("ok");
  }

  @Test
  void a_year_without_data_is_named_by_the_exception() {
    assertThatThrownBy(() -> shipped.isWorkingDay(LocalDate.of(2101, 1, 5)))
        .isInstanceOfSatisfying(
            CalendarDataMissingException.class, e -> assertThat(e.year()).isEqualTo(2101));
  }

  @Test
  @DisplayName("R9: a holiday file naming a day twice is refused naming the entry")
  void a_repeated_day_is_named_by_its_index() {
    String json =
        """
        {"year": 2027, "days": [
          {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
          {"name": "春节", "date": "2027-02-06", "isOffDay": true},
          {"name": "元旦", "date": "2027-01-01", "isOffDay": true}]}
        """;
    assertThatIllegalArgumentException()
        .isThrownBy(() -> HolidayTable.parse(json, "2027.json"))
        .withMessage("holiday data 2027.json: days[2] lists 2027-01-01 a second time");
  }

  @Test
  @DisplayName("R9: only files named for a year are read from a holiday directory")
  void only_year_files_are_read(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("2027.json"),
        "{\"year\": 2027, \"days\": [{\"name\": \"x\", \"date\": \"2027-03-01\", \"isOffDay\":"
            + " true}]}");
    Files.writeString(dir.resolve("notes.json"), "not a holiday table");
    Files.writeString(dir.resolve("2027.json.bak"), "{}");
    assertThat(HolidayTableCalendar.directoryTables(dir))
        .singleElement()
        .satisfies(t -> assertThat(t.year()).isEqualTo(2027));
    assertThat(new HolidayTableCalendar(dir).isWorkingDay(LocalDate.of(2027, 3, 1))).isFalse();
  }

  @Test
  @DisplayName("R10: lunar dates are read line by line; a year listed twice names its line")
  void lunar_dates_parse() {
    String text =
        "# year\tchuxi\tchunjie\tqingming\tduanwu\tzhongqiu\n"
            + "2026\t2026-02-16\t2026-02-17\t2026-04-05\t2026-06-19\t2026-09-25\n"
            + "\n"
            + "2027\t2027-02-05\t2027-02-06\t2027-04-05\t2027-06-09\t2027-09-15\n";
    Map<Integer, LunarDates> read = LunarDates.parse(text, "test.tsv");
    assertThat(read).containsOnlyKeys(2026, 2027);
    assertThat(read.get(2027)).isEqualTo(LunarDates.shipped().get(2027));
    assertThat(read.get(2026).springFestival()).isEqualTo(LocalDate.of(2026, 2, 17));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                LunarDates.parse(
                    text + "2027\t2027-02-05\t2027-02-06\t2027-04-05\t2027-06-09\t2027-09-15",
                    "test.tsv"))
        .withMessage("lunar dates test.tsv line 5: year 2027 listed a second time");
  }

  @Test
  void a_time_limit_reads_as_english_with_its_plural() {
    assertThat(TimeLimit.workingDays(1)).hasToString("1 working day");
    assertThat(TimeLimit.workingDays(5)).hasToString("5 working days");
    assertThat(TimeLimit.days(1)).hasToString("1 day");
    assertThat(TimeLimit.days(15)).hasToString("15 days");
    assertThat(TimeLimit.months(1)).hasToString("1 month");
    assertThat(TimeLimit.months(2)).hasToString("2 months");
  }

  /** A deployment's own calendar that implements only the two required methods (R9). */
  private static class WeekdaysOnly implements WorkingCalendar {
    @Override
    public boolean isWorkingDay(LocalDate date) {
      if (!covers(date.getYear())) {
        throw new CalendarDataMissingException(date.getYear(), coveredYears());
      }
      return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    @Override
    public Set<Integer> coveredYears() {
      return Set.of(2026, 2027);
    }

    @Override
    public Set<Integer> provisionalYears() {
      return Set.of(2027);
    }
  }

  @Test
  @DisplayName("R9, R10: the port's defaults for a deployment's own calendar")
  void the_defaults_of_the_port() {
    WorkingCalendar c = new WeekdaysOnly();
    assertThat(c.officialYears()).containsExactly(2026);
    assertThat(c.anyProvisional(LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 2))).isTrue();
    assertThat(c.anyProvisional(LocalDate.of(2027, 1, 2), LocalDate.of(2026, 12, 30))).isTrue();
    assertThat(c.anyProvisional(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).isFalse();
    // Saturday 7 March 2026 → Monday 9 March; a working day is its own answer
    assertThat(c.onOrAfter(LocalDate.of(2026, 3, 7))).isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(c.onOrAfter(LocalDate.of(2026, 3, 9))).isEqualTo(LocalDate.of(2026, 3, 9));
    WorkingCalendar none =
        new WeekdaysOnly() {
          @Override
          public Set<Integer> provisionalYears() {
            return Set.of();
          }
        };
    assertThat(none.anyProvisional(LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 2))).isFalse();
    assertThat(none.officialYears()).containsExactlyInAnyOrder(2026, 2027);
    assertThat(c.isProvisional(LocalDate.of(2027, 6, 1))).isTrue();
  }
}
