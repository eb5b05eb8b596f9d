package org.db3311.sgc.core.risk;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Notification;
import org.db3311.sgc.core.common.Notifier;
import org.db3311.sgc.core.risk.report.ReportDossier;
import org.db3311.sgc.core.risk.report.ReportDossierRepository;
import org.db3311.sgc.core.risk.report.ReportKind;

/**
 * Watches the rhythm of 6.4.1: a day without its collection, a week or a month without a signed-off
 * report by the {@link ReportSchedule}'s due date raises a supervision notice (督办) to the report
 * desk and its supervisor through the {@link Notifier}, once per missed report. A notice that
 * cannot be sent does not stop the others; it is sent on the next sweep.
 */
@Implements({"6.4.1.1", "6.4.1.2", "6.4.1.3"})
public final class MissedReportMonitor implements MissedReportUseCases {

  /** How far back a sweep looks, so a sweep stays bounded after a long outage. */
  static final int LOOKBACK_DAYS = 400;

  private final DailyCollectionStore collections;
  private final ReportDossierRepository reports;
  private final MissedReportLog log;
  private final Notifier notifier;
  private final ReportSchedule schedule;
  private final Clock clock;

  public MissedReportMonitor(
      DailyCollectionStore collections,
      ReportDossierRepository reports,
      MissedReportLog log,
      Notifier notifier,
      ReportSchedule schedule,
      Clock clock) {
    this.collections = Objects.requireNonNull(collections, "collections");
    this.reports = Objects.requireNonNull(reports, "reports");
    this.log = Objects.requireNonNull(log, "log");
    this.notifier = Objects.requireNonNull(notifier, "notifier");
    this.schedule = Objects.requireNonNull(schedule, "schedule");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** What a sweep found: the notices sent now, and those that could not be sent. */
  public record Sweep(List<MissedReport> notified, List<String> failures) {
    public Sweep {
      notified = List.copyOf(notified);
      failures = List.copyOf(failures);
    }
  }

  @Override
  public Sweep sweep() {
    LocalDate today = LocalDate.ofInstant(clock.instant(), schedule.zone());
    LocalDate from = schedule.monitoredFrom();
    if (from.isBefore(today.minusDays(LOOKBACK_DAYS))) {
      from = today.minusDays(LOOKBACK_DAYS);
    }
    List<MissedReport> missed = new ArrayList<>();
    for (LocalDate d = from; d.isBefore(today); d = d.plusDays(1)) {
      LocalDate due = d.plusDays(schedule.dailyGraceDays());
      if (due.isBefore(today) && collections.find(d).isEmpty()) {
        missed.add(new MissedReport(ReportKind.DAILY_COLLECTION, d.toString(), due));
      }
      // a week or month is watched only when all of it lies after the center went live
      if (d.getDayOfWeek() == DayOfWeek.SUNDAY) {
        Span week = Span.isoWeek(d, schedule.zone());
        if (!week.firstDay().isBefore(schedule.monitoredFrom())) {
          check(ReportKind.WEEKLY, week, d.plusDays(schedule.weeklyGraceDays()), today, missed);
        }
      }
      if (d.equals(YearMonth.from(d).atEndOfMonth())) {
        Span month = Span.month(YearMonth.from(d), schedule.zone());
        if (!month.firstDay().isBefore(schedule.monitoredFrom())) {
          check(ReportKind.MONTHLY, month, d.plusDays(schedule.monthlyGraceDays()), today, missed);
        }
      }
    }
    List<MissedReport> notified = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (MissedReport m : missed) {
      if (log.contains(m)) {
        continue;
      }
      try {
        send(m);
        log.record(m);
        notified.add(m);
      } catch (RuntimeException e) {
        failures.add(m.key() + ": " + e.getMessage());
      }
    }
    return new Sweep(notified, failures);
  }

  @Override
  public List<MissedReport> notified() {
    return log.all().stream()
        .sorted(
            java.util.Comparator.comparing(MissedReport::dueDate).thenComparing(MissedReport::key))
        .toList();
  }

  private void check(
      ReportKind kind, Span span, LocalDate due, LocalDate today, List<MissedReport> missed) {
    if (!due.isBefore(today)) {
      return;
    }
    boolean signed =
        reports
            .find(kind, span.label())
            .map(d -> d.state() == ReportDossier.State.SIGNED_OFF)
            .orElse(false);
    if (!signed) {
      missed.add(new MissedReport(kind, span.label(), due));
    }
  }

  private void send(MissedReport m) {
    String what =
        switch (m.kind()) {
          case DAILY_COLLECTION -> "每日采集汇总";
          case WEEKLY -> "每周研判专报";
          case MONTHLY -> "每月研判报告";
          case SPECIAL -> "重大风险专报";
        };
    String body = what + " " + m.period() + " 应于 " + m.dueDate() + " 前完成，至今未完成，请即办理。";
    for (var unit : List.of(schedule.desk(), schedule.supervisor())) {
      notifier.send(
          new Notification(
              Notification.Recipient.unit(unit, unit.value()),
              Notification.Channel.UNIT_INBOX,
              "逾期未报督办",
              body,
              m.key()));
    }
  }
}
