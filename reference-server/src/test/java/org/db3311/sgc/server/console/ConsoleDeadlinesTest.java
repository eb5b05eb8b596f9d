package org.db3311.sgc.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.db3311.sgc.core.calendar.CalendarDataMissingException;
import org.db3311.sgc.core.calendar.DueDate;
import org.db3311.sgc.core.calendar.WorkingCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * How the console shows a deadline: its last day, working days left or overdue, provisional (R10).
 */
@DisplayName("Console deadlines: working days left, overdue, provisional (R10)")
class ConsoleDeadlinesTest {

  /** Weekends off; 2026 official, 2027 provisional. */
  static final WorkingCalendar CALENDAR =
      new WorkingCalendar() {
        @Override
        public boolean isWorkingDay(LocalDate date) {
          return date.getDayOfWeek() != DayOfWeek.SATURDAY
              && date.getDayOfWeek() != DayOfWeek.SUNDAY;
        }

        @Override
        public Set<Integer> coveredYears() {
          return Set.of(2026, 2027);
        }

        @Override
        public Set<Integer> provisionalYears() {
          return Set.of(2027);
        }
      };

  /** The same, refusing a day of a year it has no data for, as a deployed calendar does. */
  static final WorkingCalendar COVERED_ONLY =
      new WorkingCalendar() {
        @Override
        public boolean isWorkingDay(LocalDate date) {
          if (!coveredYears().contains(date.getYear())) {
            throw new CalendarDataMissingException(date.getYear(), coveredYears());
          }
          return CALENDAR.isWorkingDay(date);
        }

        @Override
        public Set<Integer> coveredYears() {
          return CALENDAR.coveredYears();
        }

        @Override
        public Set<Integer> provisionalYears() {
          return CALENDAR.provisionalYears();
        }
      };

  static final LocalDate THURSDAY = LocalDate.of(2026, 12, 3);

  @Test
  @DisplayName("the working days left count the days after today up to the last day")
  void working_days_left() {
    ConsoleViews.Deadline d =
        ConsoleCaseResource.left(
            CALENDAR, THURSDAY, "办理期限", DueDate.official(LocalDate.of(2026, 12, 10)));
    assertThat(d.status()).isEqualTo("剩余 5 个工作日");
    assertThat(d.overdue()).isFalse();
    assertThat(d.provisional()).isFalse();
  }

  @Test
  @DisplayName("a deadline past shows the working days it is overdue by")
  void overdue() {
    ConsoleViews.Deadline d =
        ConsoleCaseResource.left(
            CALENDAR, THURSDAY, "办理期限", DueDate.official(LocalDate.of(2026, 11, 30)));
    assertThat(d.overdue()).isTrue();
    assertThat(d.status()).isEqualTo("已超期 3 个工作日");
  }

  @Test
  @DisplayName("R10: A deadline computed on a provisional year says so")
  void provisional() {
    DueDate due = ConsoleCaseResource.due(CALENDAR, THURSDAY, LocalDate.of(2027, 1, 8));
    assertThat(due.provisional()).isTrue();
    assertThat(ConsoleCaseResource.left(CALENDAR, THURSDAY, "办理期限", due).provisional()).isTrue();
    assertThat(
            ConsoleCaseResource.due(CALENDAR, THURSDAY, LocalDate.of(2026, 12, 31)).provisional())
        .isFalse();
  }

  @Test
  @DisplayName(
      "R10: a queue row whose deadline falls in a year without calendar data says the deadline is"
          + " unavailable; the other rows keep theirs")
  void a_deadline_that_cannot_be_counted_is_unavailable_and_does_not_stop_the_queue() {
    List<ConsoleViews.Deadline> rows =
        java.util.stream.Stream.of(LocalDate.of(2026, 12, 10), LocalDate.of(2031, 3, 2))
            .map(d -> ConsoleCaseResource.queueDeadline(COVERED_ONLY, THURSDAY, "M-" + d, d))
            .toList();
    assertThat(rows.get(0).status()).isEqualTo("剩余 5 个工作日");
    ConsoleViews.Deadline unavailable = rows.get(1);
    assertThat(unavailable.date()).isEqualTo("2031-03-02");
    assertThat(unavailable.overdue()).isFalse();
    assertThat(unavailable.status())
        .isEqualTo(ConsoleTexts.DEFAULT.text("deadline.unavailable"))
        .contains("期限暂无法计算");
    assertThat(
            new ConsoleTexts(ConsoleTexts.Language.ENGLISH, false, null)
                .text("deadline.unavailable"))
        .startsWith("Deadline not available");
  }

  @Test
  @DisplayName(
      "R10: on the matter page, a step clock whose due date cannot be counted says so; the page"
          + " and the other deadlines are shown")
  void a_matter_page_deadline_that_cannot_be_counted_is_unavailable() {
    List<ConsoleViews.Deadline> deadlines =
        java.util.stream.Stream.of(LocalDate.of(2026, 12, 10), LocalDate.of(2031, 3, 2))
            .map(
                d ->
                    ConsoleCaseResource.counted(
                        "M-1",
                        "受理期限",
                        "—",
                        () ->
                            ConsoleCaseResource.left(
                                COVERED_ONLY,
                                THURSDAY,
                                "受理期限",
                                ConsoleCaseResource.due(COVERED_ONLY, THURSDAY, d))))
            .toList();
    assertThat(deadlines.get(0).status()).isEqualTo("剩余 5 个工作日");
    assertThat(deadlines.get(0).date()).isEqualTo("2026-12-10");
    assertThat(deadlines.get(1).what()).isEqualTo("受理期限");
    assertThat(deadlines.get(1).date()).isEqualTo("—");
    assertThat(deadlines.get(1).status())
        .isEqualTo(ConsoleTexts.DEFAULT.text("deadline.unavailable"));
  }

  @Test
  @DisplayName("the public page masks a name but its first character")
  void masked_names() {
    assertThat(PublicMatterResource.masked("张三")).isEqualTo("张*");
    assertThat(PublicMatterResource.masked("欧阳娜娜")).isEqualTo("欧***");
    assertThat(PublicMatterResource.masked("李")).isEqualTo("李*");
  }
}
