package org.db3311.sgc.core.risk;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.AuditTrail;
import org.db3311.sgc.core.common.ChangeRecorder;
import org.db3311.sgc.core.common.DomainEventPublisher;
import org.db3311.sgc.core.facts.CaseFactSource;
import org.db3311.sgc.core.facts.MatterFact;
import org.db3311.sgc.core.facts.MatterId;
import org.db3311.sgc.core.risk.report.Report;
import org.db3311.sgc.core.risk.report.ReportDossier;
import org.db3311.sgc.core.risk.report.ReportDossierRepository;
import org.db3311.sgc.core.risk.report.ReportKind;
import org.db3311.sgc.core.risk.report.SignOffResult;
import org.db3311.sgc.core.warning.Warning;
import org.db3311.sgc.core.warning.WarningRepository;

/**
 * Use cases of risk analysis (风险研判, 6.4): the daily collection, the weekly bulletin with one
 * special report per major risk, the monthly report with measures; each report drafted by the
 * system and signed off by a person, both versions kept.
 */
@Implements({"6.4.1.1", "6.4.1.2", "6.4.1.3"})
public final class RiskReportService {

  private final CaseFactSource facts;
  private final WarningRepository warnings;
  private final DailyCollectionStore collections;
  private final ReportDossierRepository reports;
  private final RiskReportSettings settings;
  private final Clock clock;
  private final ChangeRecorder recorder;

  public RiskReportService(
      CaseFactSource facts,
      WarningRepository warnings,
      DailyCollectionStore collections,
      ReportDossierRepository reports,
      RiskReportSettings settings,
      DomainEventPublisher events,
      AuditTrail audit,
      Clock clock) {
    this.facts = Objects.requireNonNull(facts, "facts");
    this.warnings = Objects.requireNonNull(warnings, "warnings");
    this.collections = Objects.requireNonNull(collections, "collections");
    this.reports = Objects.requireNonNull(reports, "reports");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.recorder = new ChangeRecorder(events, audit);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Collects the day once; asking again returns the collection kept. */
  public DailyCollection collect(LocalDate day) {
    return collections
        .find(day)
        .orElseGet(
            () -> {
              DailyCollection c =
                  new DailyCollector(DailyCollector.DEFAULT_KINDS, settings.zone())
                      .collect(day, clock.instant(), facts.all()::iterator);
              collections.add(c);
              return c;
            });
  }

  /** The major risks among the warnings: at or above the configured level, not dismissed. */
  public List<MajorRisk> majorRisks(Span span) {
    List<MajorRisk> out = new ArrayList<>();
    for (Warning w : warnings.all()) {
      if (w.state() != Warning.State.DISMISSED
          && !settings.majorFrom().isHigherThan(w.level())
          && w.raisedAt().isBefore(span.end())
          && (w.isOpen() || !w.raisedAt().isBefore(span.start()))) {
        out.add(MajorRisk.of(w));
      }
    }
    return out;
  }

  /** 一事一专报: one special report per major risk, never a second one. */
  public SpecialReportResult draftSpecial(MajorRisk risk) {
    var existing = reports.find(ReportKind.SPECIAL, risk.id());
    if (existing.isPresent()) {
      return new SpecialReportResult.AlreadyReported(existing.get());
    }
    Map<MatterId, MatterFact> byId = new HashMap<>();
    for (MatterId id : risk.matters()) {
      facts.find(id).ifPresent(f -> byId.put(id, f));
    }
    Instant now = clock.instant();
    ReportDossier d =
        new ReportDossier(
            "SR-" + risk.id(), new SpecialReportBuilder(settings).draft(risk, byId, now), now);
    store(d);
    return new SpecialReportResult.Drafted(d);
  }

  /**
   * Drafts the week's bulletin, first making sure each of the week's major risks has its special
   * report, which the bulletin only refers to. Drafting a week again returns its dossier.
   */
  public ReportDossier draftWeekly(LocalDate anyDayOfWeek) {
    Span week = Span.isoWeek(anyDayOfWeek, settings.zone());
    var existing = reports.find(ReportKind.WEEKLY, week.label());
    if (existing.isPresent()) {
      return existing.get();
    }
    List<WeeklyReportBuilder.SpecialReference> specials = new ArrayList<>();
    for (MajorRisk risk : majorRisks(week)) {
      ReportDossier special = draftSpecial(risk).dossier();
      specials.add(
          new WeeklyReportBuilder.SpecialReference(
              special.id(), risk.id(), risk.title(), risk.level().name()));
    }
    Instant now = clock.instant();
    ReportDossier d =
        new ReportDossier(
            "WR-" + week.label(),
            new WeeklyReportBuilder().draft(week, facts.all()::iterator, specials, now),
            now);
    store(d);
    return d;
  }

  public ReportDossier draftMonthly(YearMonth month) {
    Span span = Span.month(month, settings.zone());
    var existing = reports.find(ReportKind.MONTHLY, span.label());
    if (existing.isPresent()) {
      return existing.get();
    }
    Instant now = clock.instant();
    ReportDossier d =
        new ReportDossier(
            "MR-" + span.label(),
            new MonthlyReportBuilder(settings)
                .draft(span, facts.all()::iterator, warnings.all(), now),
            now);
    store(d);
    return d;
  }

  public ReportDossier revise(String dossierId, Report content, Actor by) {
    ReportDossier d = get(dossierId);
    d.revise(content, by, clock.instant());
    store(d);
    return d;
  }

  public SignOffResult signOff(String dossierId, Actor by) {
    ReportDossier d = get(dossierId);
    SignOffResult r = d.signOff(by, clock.instant());
    store(d);
    return r;
  }

  private void store(ReportDossier d) {
    if (d.pendingEvents().isEmpty()) {
      return;
    }
    reports.save(d);
    recorder.record(d);
  }

  private ReportDossier get(String id) {
    return reports.find(id).orElseThrow(() -> new NoSuchElementException("no report " + id));
  }
}
