package org.db3311.sgc.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.InMemoryNotifier;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.facts.MatterFact;
import org.db3311.sgc.core.facts.MatterId;
import org.db3311.sgc.core.facts.MatterKind;
import org.db3311.sgc.core.facts.Outcome;
import org.db3311.sgc.core.risk.report.InMemoryReportDossierRepository;
import org.db3311.sgc.core.risk.report.Table;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The edges of the rhythm of 6.4.1 (每日 / 每周 / 每月): which days a period holds, when a report becomes
 * missed, and how a period is compared with the one before.
 */
class RiskRhythmEdgesTest {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final UnitId DESK = UnitId.of("center.risk");
  static final UnitId LEADERS = UnitId.of("center.leadership");

  @Nested
  @Implements({"6.4.1.2", "6.4.1.3"})
  @DisplayName("6.4.1.2 每周 / 6.4.1.3 每月 — the days a week or a month holds")
  class Spans {

    @Test
    @DisplayName("the first days of January belong to the ISO week of the year before")
    void iso_week_across_the_year_boundary() {
      Span w = Span.isoWeek(LocalDate.of(2027, 1, 1), ZONE);
      assertThat(w.label()).isEqualTo("2026-W53");
      assertThat(w.firstDay()).isEqualTo(LocalDate.of(2026, 12, 28));
      assertThat(w.endDay()).isEqualTo(LocalDate.of(2027, 1, 4));
      assertThat(w.days()).isEqualTo(7);
      assertThat(Span.isoWeek(LocalDate.of(2027, 1, 4), ZONE).previous()).isEqualTo(w);
    }

    @Test
    @DisplayName("the month before January is December of the year before")
    void previous_month_across_the_year_boundary() {
      Span jan = Span.month(YearMonth.of(2027, 1), ZONE);
      Span dec = jan.previous();
      assertThat(dec.label()).isEqualTo("2026-12");
      assertThat(dec.firstDay()).isEqualTo(LocalDate.of(2026, 12, 1));
      assertThat(dec.endDay()).isEqualTo(LocalDate.of(2027, 1, 1));
      assertThat(Span.month(YearMonth.of(2027, 3), ZONE).previous().days()).isEqualTo(28);
    }

    @Test
    @DisplayName("a span that is neither a week nor a month is compared with as many days before")
    void previous_of_other_spans() {
      Span three = new Span("x", LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 5), ZONE);
      Span before = three.previous();
      assertThat(before.firstDay()).isEqualTo(LocalDate.of(2026, 12, 30));
      assertThat(before.endDay()).isEqualTo(LocalDate.of(2027, 1, 2));
      // seven days not starting on a Monday are not an ISO week
      Span sevenFromTuesday =
          new Span("y", LocalDate.of(2026, 12, 29), LocalDate.of(2027, 1, 5), ZONE);
      assertThat(sevenFromTuesday.previous().firstDay()).isEqualTo(LocalDate.of(2026, 12, 22));
      assertThat(sevenFromTuesday.previous().label()).isEqualTo("before y");
      // starting on the 1st does not make a span a month
      Span day = Span.day(LocalDate.of(2027, 1, 1), ZONE);
      assertThat(day.previous().firstDay()).isEqualTo(LocalDate.of(2026, 12, 31));
      // from the 2nd to the 2nd of the next month is not a calendar month
      Span shifted = new Span("z", LocalDate.of(2027, 1, 2), LocalDate.of(2027, 2, 2), ZONE);
      assertThat(shifted.previous().firstDay()).isEqualTo(LocalDate.of(2026, 12, 2));
      Span fromFirst = new Span("m", LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 8), ZONE);
      assertThat(fromFirst.previous().label())
          .as("seven days from Monday 1 February 2027 are its ISO week, not a month")
          .isEqualTo("2027-W04");
    }

    @Test
    @DisplayName("a span holds its first instant and not its end, in the center's time zone")
    void half_open() {
      Span day = Span.day(LocalDate.of(2027, 1, 1), ZONE);
      assertThat(day.contains(Instant.parse("2026-12-31T16:00:00Z"))).isTrue();
      assertThat(day.contains(Instant.parse("2026-12-31T15:59:59Z"))).isFalse();
      assertThat(day.contains(Instant.parse("2027-01-01T15:59:59Z"))).isTrue();
      assertThat(day.contains(Instant.parse("2027-01-01T16:00:00Z"))).isFalse();
    }

    @Test
    @DisplayName("an empty span or one without a label is refused")
    void refused() {
      LocalDate d = LocalDate.of(2027, 1, 1);
      assertThatThrownBy(() -> new Span("x", d, d, ZONE))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new Span(" ", d, d.plusDays(1), ZONE))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  @Implements({"6.4.1.2", "6.4.1.3"})
  @DisplayName("6.4.1.2 梳理总结 — a period's counts beside the period before (环比)")
  class Comparisons {

    @Test
    @DisplayName("the change is signed and in percent of the period before")
    void change() {
      assertThat(Comparison.row("劳动", 3, 2)).containsExactly("劳动", "3", "2", "+1", "+50.0%");
      assertThat(Comparison.row("劳动", 1, 2)).containsExactly("劳动", "1", "2", "-1", "-50.0%");
      assertThat(Comparison.row("劳动", 2, 2)).containsExactly("劳动", "2", "2", "0", "+0.0%");
    }

    @Test
    @DisplayName("nothing before: new when there is something now, a dash when there is not")
    void nothing_before() {
      assertThat(Comparison.percent(4, 0)).isEqualTo("新增");
      assertThat(Comparison.percent(0, 0)).isEqualTo("—");
      assertThat(Comparison.percent(0, 5)).isEqualTo("-100.0%");
    }

    @Test
    @DisplayName("rows go by this period's count, highest first, and keep what was only before")
    void rows() {
      Table t =
          Comparison.table("类型", "类型", Map.of("b", 2L, "a", 2L, "c", 5L), Map.of("d", 1L, "a", 1L));
      assertThat(t.rows()).extracting(r -> r.get(0)).containsExactly("c", "a", "b", "d");
      assertThat(t.rows().get(3)).containsExactly("d", "0", "1", "-1", "-100.0%");
      assertThat(t.columns()).containsExactly("类型", "本期", "上期", "增减", "增减率");
    }
  }

  @Nested
  @Implements("6.4.1.1")
  @DisplayName("6.4.1.1 每日采集汇总 — a matter counts in the period it was registered or closed in")
  class Tallies {

    MatterFact fact(String id, String registered) {
      return MatterFact.registered(
              MatterId.of(id),
              MatterKind.DISPUTE,
              "dispute.labour",
              DivisionCode.of("331121"),
              Instant.parse(registered))
          .build();
    }

    @Test
    @DisplayName("registered at the first instant counts, at the end instant it does not")
    void bounds() {
      PeriodTally week = new PeriodTally(Span.isoWeek(LocalDate.of(2026, 12, 28), ZONE));
      // 2026-W53 runs from 2026-12-28T00:00+08:00 to 2027-01-04T00:00+08:00
      PeriodTally.add(fact("first", "2026-12-27T16:00:00Z"), week);
      PeriodTally.add(fact("before", "2026-12-27T15:59:59Z"), week);
      PeriodTally.add(fact("last", "2027-01-03T15:59:59Z"), week);
      PeriodTally.add(fact("after", "2027-01-03T16:00:00Z"), week);
      assertThat(week.registered).isEqualTo(2);
      assertThat(week.perDay).containsExactly(1, 0, 0, 0, 0, 0, 1);
      assertThat(week.byKind).containsExactly(Map.entry(MatterKind.DISPUTE, 2L));
    }

    @Test
    @DisplayName(
        "a matter closed in the period counts by outcome there, wherever it was registered")
    void closed() {
      PeriodTally week = new PeriodTally(Span.isoWeek(LocalDate.of(2027, 1, 4), ZONE));
      PeriodTally earlier = new PeriodTally(Span.isoWeek(LocalDate.of(2026, 12, 28), ZONE));
      MatterFact f =
          fact("m", "2026-12-30T02:00:00Z").toBuilder()
              .closed(Instant.parse("2027-01-05T02:00:00Z"), Outcome.RESOLVED)
              .build();
      PeriodTally.add(f, week, earlier);
      assertThat(week.registered).isZero();
      assertThat(week.closed).isEqualTo(1);
      assertThat(week.byOutcome).containsExactly(Map.entry(Outcome.RESOLVED, 1L));
      assertThat(earlier.registered).isEqualTo(1);
      assertThat(earlier.closed).isZero();
    }
  }

  @Nested
  @Implements({"6.4.1.1", "6.4.1.2", "6.4.1.3"})
  @DisplayName("when a report becomes missed (逾期未报)")
  class Due {

    final InMemoryDailyCollectionStore collections = new InMemoryDailyCollectionStore();
    final InMemoryReportDossierRepository dossiers = new InMemoryReportDossierRepository();
    final InMemoryMissedReportLog log = new InMemoryMissedReportLog();

    List<String> missed(LocalDate from, String now) {
      MissedReportMonitor m =
          new MissedReportMonitor(
              collections,
              dossiers,
              log,
              new InMemoryNotifier(Clock.systemUTC()),
              ReportSchedule.defaults(ZONE, from, DESK, LEADERS),
              Clock.fixed(Instant.parse(now), ZONE));
      return m.sweep().notified().stream().map(MissedReport::key).toList();
    }

    @Test
    @DisplayName("a day's collection is missed the day after its due date, not on it")
    void daily_due_date() {
      LocalDate from = LocalDate.of(2026, 12, 30);
      // 31 December 2026, Beijing: the 30th is due today, not missed yet
      assertThat(missed(from, "2026-12-31T02:00:00Z")).isEmpty();
      assertThat(missed(from, "2027-01-01T02:00:00Z"))
          .containsExactly("DAILY_COLLECTION:2026-12-30");
      collections.add(
          new DailyCollection(
              LocalDate.of(2026, 12, 31),
              Instant.parse("2027-01-01T01:00:00Z"),
              List.of(),
              List.of()));
      assertThat(missed(from, "2027-01-02T02:00:00Z")).as("the 31st was collected").isEmpty();
    }

    @Test
    @DisplayName(
        "a week is watched only when it starts on or after the go-live day; due Sunday + 2")
    void weekly_due_date() {
      for (LocalDate d = LocalDate.of(2026, 12, 28);
          d.isBefore(LocalDate.of(2027, 1, 30));
          d = d.plusDays(1)) {
        collections.add(
            new DailyCollection(d, Instant.parse("2027-01-30T00:00:00Z"), List.of(), List.of()));
      }
      // 2027-W01 ends Sunday 10 January: due the 12th, missed from the 13th
      assertThat(missed(LocalDate.of(2026, 12, 29), "2027-01-12T02:00:00Z"))
          .as("2026-W53 began before go-live; 2027-W01 is due today")
          .isEmpty();
      assertThat(missed(LocalDate.of(2026, 12, 29), "2027-01-13T02:00:00Z"))
          .containsExactly("WEEKLY:2027-W01");
    }

    @Test
    @DisplayName("a week's report drafted but not signed off is still missed")
    void drafted_is_not_done() {
      for (LocalDate d = LocalDate.of(2026, 12, 28);
          d.isBefore(LocalDate.of(2027, 1, 10));
          d = d.plusDays(1)) {
        collections.add(
            new DailyCollection(d, Instant.parse("2027-01-10T00:00:00Z"), List.of(), List.of()));
      }
      new RiskReportService(
              new org.db3311.sgc.core.facts.InMemoryCaseFactSource(),
              new org.db3311.sgc.core.warning.InMemoryWarningRepository(),
              List::of,
              collections,
              dossiers,
              RiskReportSettings.defaults(ZONE, DESK),
              new org.db3311.sgc.core.common.InMemoryDomainEventPublisher(),
              new org.db3311.sgc.core.common.InMemoryAuditTrail(),
              Clock.fixed(Instant.parse("2027-01-04T02:00:00Z"), ZONE))
          .draftWeekly(LocalDate.of(2026, 12, 28));
      assertThat(dossiers.find(org.db3311.sgc.core.risk.report.ReportKind.WEEKLY, "2026-W53"))
          .isPresent();
      assertThat(missed(LocalDate.of(2026, 12, 28), "2027-01-06T02:00:00Z"))
          .containsExactly("WEEKLY:2026-W53");
    }

    @Test
    @DisplayName("a week starting on the go-live day is watched")
    void week_starting_on_go_live() {
      for (LocalDate d = LocalDate.of(2026, 12, 28);
          d.isBefore(LocalDate.of(2027, 1, 10));
          d = d.plusDays(1)) {
        collections.add(
            new DailyCollection(d, Instant.parse("2027-01-10T00:00:00Z"), List.of(), List.of()));
      }
      assertThat(missed(LocalDate.of(2026, 12, 28), "2027-01-06T02:00:00Z"))
          .containsExactly("WEEKLY:2026-W53");
    }

    @Test
    @DisplayName("a month is watched only when it starts on or after go-live; due 5 days after it")
    void monthly_due_date() {
      for (LocalDate d = LocalDate.of(2026, 12, 1);
          d.isBefore(LocalDate.of(2027, 1, 10));
          d = d.plusDays(1)) {
        collections.add(
            new DailyCollection(d, Instant.parse("2027-01-10T00:00:00Z"), List.of(), List.of()));
      }
      LocalDate dec2 = LocalDate.of(2026, 12, 2);
      assertThat(missed(dec2, "2027-01-08T02:00:00Z"))
          .as("December began before go-live on the 2nd")
          .noneMatch(k -> k.startsWith("MONTHLY"));
      assertThat(missed(LocalDate.of(2026, 12, 1), "2027-01-05T02:00:00Z"))
          .noneMatch(k -> k.startsWith("MONTHLY"));
      assertThat(missed(LocalDate.of(2026, 12, 1), "2027-01-06T02:00:00Z"))
          .contains("MONTHLY:2026-12");
    }

    @Test
    @DisplayName("after a long outage a sweep looks back 400 days, no further")
    void lookback() {
      List<String> keys = missed(LocalDate.of(2020, 1, 1), "2027-01-10T02:00:00Z");
      assertThat(keys)
          .contains("DAILY_COLLECTION:2025-12-06", "DAILY_COLLECTION:2027-01-08")
          .doesNotContain("DAILY_COLLECTION:2025-12-05", "DAILY_COLLECTION:2027-01-09");
    }

    @Test
    @DisplayName("the notices sent so far are listed by due date")
    void listed_by_due_date() {
      MissedReportMonitor m =
          new MissedReportMonitor(
              collections,
              dossiers,
              log,
              new InMemoryNotifier(Clock.systemUTC()),
              ReportSchedule.defaults(ZONE, LocalDate.of(2026, 12, 28), DESK, LEADERS),
              Clock.fixed(Instant.parse("2027-01-07T02:00:00Z"), ZONE));
      m.sweep();
      assertThat(m.notified())
          .extracting(MissedReport::key)
          .containsExactly(
              "DAILY_COLLECTION:2026-12-28",
              "DAILY_COLLECTION:2026-12-29",
              "DAILY_COLLECTION:2026-12-30",
              "DAILY_COLLECTION:2026-12-31",
              "DAILY_COLLECTION:2027-01-01",
              "DAILY_COLLECTION:2027-01-02",
              "DAILY_COLLECTION:2027-01-03",
              "DAILY_COLLECTION:2027-01-04",
              "WEEKLY:2026-W53",
              "DAILY_COLLECTION:2027-01-05");
    }

    @Test
    @DisplayName("a negative grace period is refused")
    void negative_grace() {
      for (int[] g : new int[][] {{-1, 0, 0}, {0, -1, 0}, {0, 0, -1}}) {
        assertThatThrownBy(
                () ->
                    new ReportSchedule(
                        ZONE, LocalDate.of(2027, 1, 1), g[0], g[1], g[2], DESK, LEADERS))
            .isInstanceOf(IllegalArgumentException.class);
      }
      assertThat(new ReportSchedule(ZONE, LocalDate.of(2027, 1, 1), 0, 0, 0, DESK, LEADERS))
          .isNotNull();
    }
  }
}
