package org.db3311.sgc.core.risk;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.AuditTrail;
import org.db3311.sgc.core.common.ChangeRecorder;
import org.db3311.sgc.core.common.DomainEventPublisher;
import org.db3311.sgc.core.common.ItemFailure;
import org.db3311.sgc.core.common.SweepResult;
import org.db3311.sgc.core.facts.CaseFactSource;
import org.db3311.sgc.core.facts.MatterFact;
import org.db3311.sgc.core.facts.MatterId;
import org.db3311.sgc.core.facts.MatterKind;
import org.db3311.sgc.core.risk.report.Report;
import org.db3311.sgc.core.risk.report.ReportDossier;
import org.db3311.sgc.core.risk.report.ReportDossierId;
import org.db3311.sgc.core.risk.report.ReportDossierNotFoundException;
import org.db3311.sgc.core.risk.report.ReportDossierRepository;
import org.db3311.sgc.core.risk.report.ReportDossierSnapshot;
import org.db3311.sgc.core.risk.report.ReportKind;
import org.db3311.sgc.core.risk.report.Section;
import org.db3311.sgc.core.risk.report.SignOffResult;
import org.db3311.sgc.core.risk.report.Table;
import org.db3311.sgc.core.warning.Warning;
import org.db3311.sgc.core.warning.WarningRepository;

/**
 * Use cases of risk analysis (风险研判, 6.4): the daily collection, the weekly bulletin with one
 * special report per major risk, the monthly report with measures; each report drafted by the
 * system and signed off by a person, both versions kept.
 *
 * <p>A period's collection or report is made once the period has ended; asked for earlier it is an
 * interim one, marked so and not kept. Major risks are the major warnings, the stability events
 * (涉稳事件) and the grade I–II emergencies. One risk or matter that cannot be reported does not stop
 * the others: it is named in the report's 数据问题 section and in {@link #problems()}.
 */
@Implements({"6.4.1.1", "6.4.1.2", "6.4.1.3"})
public final class RiskReportService implements RiskReportUseCases {

  /** The heading under which a report names what it could not take in. */
  public static final String PROBLEMS = "数据问题";

  private final CaseFactSource facts;
  private final WarningRepository warnings;
  private final MajorIncidentSource incidents;
  private final DailyCollectionStore collections;
  private final ReportDossierRepository reports;
  private final RiskReportSettings settings;
  private final Clock clock;
  private final ChangeRecorder recorder;
  private final List<String> problems = new java.util.concurrent.CopyOnWriteArrayList<>();

  public RiskReportService(
      CaseFactSource facts,
      WarningRepository warnings,
      MajorIncidentSource incidents,
      DailyCollectionStore collections,
      ReportDossierRepository reports,
      RiskReportSettings settings,
      DomainEventPublisher events,
      AuditTrail audit,
      Clock clock) {
    this.facts = Objects.requireNonNull(facts, "facts");
    this.warnings = Objects.requireNonNull(warnings, "warnings");
    this.incidents = Objects.requireNonNull(incidents, "incidents");
    this.collections = Objects.requireNonNull(collections, "collections");
    this.reports = Objects.requireNonNull(reports, "reports");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.recorder = new ChangeRecorder(events, audit);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Collects the day once it has ended and keeps the collection; asking again returns the one kept.
   * Asked for while the day runs, the collection so far is returned marked interim and not kept.
   */
  @Implements("6.4.1.1")
  public DailyCollection collect(LocalDate day) {
    Optional<DailyCollection> kept = collections.find(day);
    if (kept.isPresent()) {
      return kept.get();
    }
    Instant now = clock.instant();
    DailyCollection c =
        new DailyCollector(DailyCollector.DEFAULT_KINDS, settings.zone())
            .collect(day, now, facts.all()::iterator);
    if (now.isBefore(Span.day(day, settings.zone()).end())) {
      return c.asInterim();
    }
    collections.add(c);
    return c;
  }

  /**
   * The major risks of the span (重大风险事项): warnings at or above the configured level and not
   * dismissed, stability events, and grade I–II emergencies, each open in the span or arising in
   * it. A stability event a major warning already covers is not counted twice.
   */
  @Implements("6.4.1.2")
  public List<MajorRisk> majorRisks(Span span) {
    List<MajorRisk> out = new ArrayList<>();
    Set<MatterId> covered = new HashSet<>();
    for (Warning w : warnings.all()) {
      if (w.state() != Warning.State.DISMISSED
          && !settings.majorFrom().isHigherThan(w.level())
          && w.raisedAt().isBefore(span.end())
          && (w.isOpen() || !w.raisedAt().isBefore(span.start()))) {
        out.add(MajorRisk.of(w));
        covered.addAll(w.matters());
      }
    }
    facts
        .all()
        .filter(f -> f.kind() == MatterKind.STABILITY_EVENT && !covered.contains(f.id()))
        .filter(f -> f.registeredAt().isBefore(span.end()))
        .filter(f -> f.closedAt().map(c -> !c.isBefore(span.start())).orElse(true))
        .sorted(Comparator.comparing(MatterFact::id))
        .forEach(f -> out.add(MajorRisk.stabilityEvent(f, settings.ownerOf(f.category()))));
    List<MajorIncidentSource.MajorIncident> major;
    try {
      major = incidents.majorIncidents();
    } catch (RuntimeException e) {
      problem("emergencies could not be read: " + e.getMessage());
      major = List.of();
    }
    for (MajorIncidentSource.MajorIncident i : major) {
      if (i.discoveredAt().isBefore(span.end())
          && i.closedAt().map(c -> !c.isBefore(span.start())).orElse(true)) {
        out.add(MajorRisk.emergency(i, settings.riskDesk()));
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
    List<String> unread = new ArrayList<>();
    for (MatterId id : risk.matters()) {
      try {
        facts.find(id).ifPresent(f -> byId.put(id, f));
      } catch (RuntimeException e) {
        unread.add(id + ": " + e.getMessage());
      }
    }
    Instant now = clock.instant();
    Report draft = withProblems(new SpecialReportBuilder(settings).draft(risk, byId, now), unread);
    ReportDossier d = new ReportDossier(ReportDossierId.of("SR-" + risk.id()), draft, now);
    store(d);
    return new SpecialReportResult.Drafted(d);
  }

  /**
   * The week's bulletin. Once the week has ended: drafted once, after making sure each of the
   * week's major risks has its special report, which the bulletin only refers to; asking again
   * returns the dossier. While the week runs: an interim bulletin, not kept, drafting no special
   * report.
   */
  @Implements("6.4.1.2")
  public PeriodDraft draftWeekly(LocalDate anyDayOfWeek) {
    Span week = Span.isoWeek(anyDayOfWeek, settings.zone());
    var existing = reports.find(ReportKind.WEEKLY, week.label());
    if (existing.isPresent()) {
      return new PeriodDraft.Final(existing.get());
    }
    Instant now = clock.instant();
    boolean ended = !now.isBefore(week.end());
    List<WeeklyReportBuilder.SpecialReference> specials = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    if (ended) {
      for (MajorRisk risk : majorRisks(week)) {
        try {
          ReportDossier special = draftSpecial(risk).dossier();
          specials.add(
              new WeeklyReportBuilder.SpecialReference(
                  special.id(), risk.id(), risk.title(), risk.level().name()));
        } catch (RuntimeException e) {
          failed.add("special report of " + risk.id() + ": " + e.getMessage());
        }
      }
    }
    Report report =
        withProblems(new WeeklyReportBuilder().draft(week, facts, specials, now), failed);
    if (!ended) {
      return new PeriodDraft.Interim(interim(report, week, now), week.end());
    }
    ReportDossier d = new ReportDossier(ReportDossierId.of("WR-" + week.label()), report, now);
    store(d);
    return new PeriodDraft.Final(d);
  }

  /** The month's report: kept once the month has ended, interim and not kept before. */
  @Implements("6.4.1.3")
  public PeriodDraft draftMonthly(YearMonth month) {
    Span span = Span.month(month, settings.zone());
    var existing = reports.find(ReportKind.MONTHLY, span.label());
    if (existing.isPresent()) {
      return new PeriodDraft.Final(existing.get());
    }
    Instant now = clock.instant();
    Report report = new MonthlyReportBuilder(settings).draft(span, facts, warnings.all(), now);
    if (now.isBefore(span.end())) {
      return new PeriodDraft.Interim(interim(report, span, now), span.end());
    }
    ReportDossier d = new ReportDossier(ReportDossierId.of("MR-" + span.label()), report, now);
    store(d);
    return new PeriodDraft.Final(d);
  }

  public ReportDossier revise(ReportDossierId dossierId, Report content, Actor by) {
    ReportDossier d = get(dossierId);
    d.revise(content, by, clock.instant());
    store(d);
    return d;
  }

  public SignOffResult signOff(ReportDossierId dossierId, Actor by) {
    ReportDossier d = get(dossierId);
    SignOffResult r = d.signOff(by, clock.instant());
    store(d);
    return r;
  }

  /** What drafting could not take in, across reports, oldest first. */
  public List<String> problems() {
    return List.copyOf(problems);
  }

  private void problem(String p) {
    problems.add(p);
  }

  private Report withProblems(Report r, List<String> failed) {
    if (failed.isEmpty()) {
      return r;
    }
    failed.forEach(this::problem);
    List<Section> sections = new ArrayList<>(r.sections());
    sections.add(
        new Section(
            PROBLEMS,
            List.of("以下内容未能纳入本报告，其余内容不受影响："),
            List.of(new Table("未纳入", List.of("内容"), failed.stream().map(List::of).toList())),
            List.of()));
    return r.withSections(sections);
  }

  private static Report interim(Report r, Span span, Instant now) {
    List<Section> sections = new ArrayList<>();
    sections.add(
        Section.text("中期说明", "本报告为中期报告：" + span.label() + " 尚未结束，数据截至 " + now + "，不作为本期正式报告存档。"));
    sections.addAll(r.sections());
    return new Report(
        r.kind(),
        r.subject(),
        r.title() + "（中期）",
        r.asOf(),
        sections,
        r.measures(),
        r.references());
  }

  private void store(ReportDossier d) {
    if (d.pendingEvents().isEmpty()) {
      return;
    }
    reports.save(d);
    recorder.record(d);
  }

  private ReportDossier get(ReportDossierId id) {
    return reports.find(id).orElseThrow(() -> new ReportDossierNotFoundException(id));
  }

  @Override
  public ReportDossierSnapshot revise(Revise command) {
    return revise(command.dossier(), command.content(), command.by()).snapshot();
  }

  @Override
  public SignOffResult signOff(SignOff command) {
    return signOff(command.dossier(), command.by());
  }

  @Override
  public ReportDossierSnapshot dossier(ReportDossierId id) {
    return get(id).snapshot();
  }

  @Override
  public SweepResult<ReportDossierSnapshot> dossiers() {
    List<ReportDossierSnapshot> out = new ArrayList<>();
    List<ItemFailure> failed = new ArrayList<>();
    for (ReportDossierId id : reports.ids()) {
      try {
        out.add(get(id).snapshot());
      } catch (RuntimeException e) {
        failed.add(ItemFailure.of(id.value(), e));
      }
    }
    return new SweepResult<>(out, failed);
  }
}
