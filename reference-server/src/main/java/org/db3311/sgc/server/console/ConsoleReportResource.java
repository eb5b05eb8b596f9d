package org.db3311.sgc.server.console;

import static org.db3311.sgc.server.console.ConsolePages.blankToNull;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.db3311.sgc.core.common.AuditEntry;
import org.db3311.sgc.core.common.IllegalTransitionException;
import org.db3311.sgc.core.common.ItemFailure;
import org.db3311.sgc.core.common.NotFoundException;
import org.db3311.sgc.core.common.OptimisticLockException;
import org.db3311.sgc.core.common.SweepResult;
import org.db3311.sgc.core.risk.CollectedItem;
import org.db3311.sgc.core.risk.DailyCollection;
import org.db3311.sgc.core.risk.ReviseReportUseCase;
import org.db3311.sgc.core.risk.RiskReportUseCases;
import org.db3311.sgc.core.risk.report.Report;
import org.db3311.sgc.core.risk.report.ReportDossier;
import org.db3311.sgc.core.risk.report.ReportDossierId;
import org.db3311.sgc.core.risk.report.ReportDossierSnapshot;
import org.db3311.sgc.core.risk.report.ReportKind;
import org.db3311.sgc.core.risk.report.ReportVersion;
import org.db3311.sgc.core.risk.report.SignOffResult;
import org.db3311.sgc.server.http.ETags;
import org.db3311.sgc.server.http.Paging;
import org.db3311.sgc.server.http.Requests;
import org.db3311.sgc.server.problem.Problem;
import org.db3311.sgc.server.risk.RiskReportResource;
import org.db3311.sgc.server.risk.RiskReportView;
import org.db3311.sgc.server.security.Caller;
import org.db3311.sgc.server.security.Roles;
import org.db3311.sgc.server.wiring.Centers;
import org.db3311.sgc.server.wiring.Wiring;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The console's risk reports (社会风险分析研判报告, 6.4.1): the county's weekly bulletins (6.4.1.2), special
 * reports of major risks (一事一专报, 6.4.1.2) and monthly reports (6.4.1.3), listed by kind and period;
 * each readable as a page, printable on A4 and downloadable as PDF, its charts drawn on the server
 * as SVG with their figures in a table; and the sign-off by a person — a product choice the API
 * makes too, not a clause — with every reason of a refusal shown. Same roles and county scope as
 * the API ({@code /api/v1/risk}); the PDF's errors are problem details, as it is a download.
 */
@Path("/console/reports")
@RequestScoped
public class ConsoleReportResource {

  private static final Logger LOG = Logger.getLogger(ConsoleReportResource.class.getName());
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

  /**
   * A kind's name inside the report, which stays the official Chinese document whatever the
   * reader's language; the list and its filter name the kind in the reader's language.
   */
  static String kindZh(ReportKind kind) {
    return ConsoleTexts.DEFAULT.name("reports.kind", kind);
  }

  private static ConsoleTexts t() {
    return ConsoleTexts.current();
  }

  @Inject Centers centers;
  @Inject Caller caller;
  @Inject RiskReportResource risk;
  @Context HttpHeaders headers;

  // ---------------------------------------------------------------- the list

  @GET
  @RolesAllowed({Roles.ANALYST, Roles.LEADER, Roles.SUPERVISOR, Roles.INSPECTOR, Roles.ADMIN})
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response list(
      @QueryParam("county") String county,
      @QueryParam("kind") String kind,
      @QueryParam("period") String period,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return ConsolePages.page(
        () ->
            ConsoleResource.render(
                "console/reports.jte", listModel(county, kind, period, page, size)));
  }

  private Map<String, Object> listModel(
      String countyParam, String kindParam, String periodParam, String page, String size) {
    Requests.Errors errors = new Requests.Errors();
    Paging paging = Paging.of(page, size, errors);
    String kindText = Objects.requireNonNullElse(kindParam, "").strip();
    ReportKind kind =
        kindText.isEmpty() ? null : errors.enumValue("kind", kindText, ReportKind.class);
    String periodText = Objects.requireNonNullElse(periodParam, "").strip();
    Span wanted = periodText.isEmpty() ? null : wanted(errors, periodText);
    errors.throwIfAny("The query");
    Centers.County c = Requests.countyWide(centers, caller, countyParam, "The risk reports");

    // each dossier read on its own: one that cannot be read is named and the others are listed
    SweepResult<ReportDossierSnapshot> all = c.center().riskReports().dossiers();
    record Dated(Span span, ReportViews.Row row) {}
    List<Dated> rows = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (ItemFailure f : all.failed()) {
      failures.add(unreadable(f.item(), f.reason()));
    }
    for (ReportDossierSnapshot s : all.items()) {
      try {
        Report draft = s.versions().getFirst().content();
        if (kind != null && draft.kind() != kind) {
          continue;
        }
        Span span = span(draft, t());
        if (wanted != null && !span.overlaps(wanted)) {
          continue;
        }
        Optional<Instant> signedAt = signedAt(c, s);
        rows.add(
            new Dated(
                span,
                new ReportViews.Row(
                    s.id().value(),
                    t().name("reports.kind", draft.kind()),
                    draft.subject(),
                    s.versions().getLast().content().title(),
                    span.label(),
                    t().name("reports.state", s.state()),
                    s.signedBy().map(a -> a.name()).orElse(null),
                    signedAt.map(ConsoleReportResource::when).orElse(null))));
      } catch (BadPeriod e) {
        // span() told it in the reader's language: the report names a period that is none
        failures.add(t().text("reports.failure", s.id().value(), e.getMessage()));
      } catch (RuntimeException e) {
        failures.add(unreadable(s.id().value(), ItemFailure.of(s.id().value(), e).reason()));
      }
    }
    rows.sort(
        Comparator.comparing((Dated r) -> r.span().first())
            .reversed()
            .thenComparing(r -> r.row().id()));
    List<ReportViews.Row> sorted = rows.stream().map(Dated::row).toList();
    List<ConsoleViews.Option> kinds = new ArrayList<>();
    kinds.add(new ConsoleViews.Option("", t().text("reports.all"), kind == null));
    for (ReportKind k : List.of(ReportKind.WEEKLY, ReportKind.SPECIAL, ReportKind.MONTHLY)) {
      kinds.add(new ConsoleViews.Option(k.name(), t().name("reports.kind", k), k == kind));
    }
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("who", ConsoleResource.who(caller, headers));
    p.put(
        "list",
        new ReportViews.ReportList(
            c.code().value(),
            blankToNull(countyParam),
            kinds,
            periodText,
            paging.slice(sorted),
            paging.page(),
            paging.size(),
            sorted.size(),
            paging.more(sorted),
            failures,
            null));
    return p;
  }

  /** A report the list could not show: the reader is told so, the log is told why. */
  private static String unreadable(String id, String reason) {
    LOG.warning("report dossier " + id + " could not be listed: " + reason);
    return t().text("reports.failure", id, t().text("reports.unreadable"));
  }

  /** A report whose issue is no period of its kind, told in the reader's language. */
  static final class BadPeriod extends IllegalArgumentException {
    BadPeriod(String message) {
      super(message);
    }
  }

  /** The days a report covers: its ISO week, its month, or the day a special report was drafted. */
  record Span(String label, LocalDate first, LocalDate end) {
    boolean overlaps(Span other) {
      return first.isBefore(other.end) && other.first.isBefore(end);
    }
  }

  /** The days a report covers, labelled and its faults told in the reader's language. */
  static Span span(Report draft, ConsoleTexts texts) {
    return switch (draft.kind()) {
      case WEEKLY -> {
        LocalDate monday;
        try {
          monday = LocalDate.parse(draft.subject() + "-1", DateTimeFormatter.ISO_WEEK_DATE);
        } catch (DateTimeParseException e) {
          throw new BadPeriod(texts.text("reports.badWeek", draft.subject()));
        }
        yield new Span(
            texts.text("reports.week", draft.subject(), monday, monday.plusDays(6)),
            monday,
            monday.plusWeeks(1));
      }
      case MONTHLY -> {
        YearMonth m;
        try {
          m = YearMonth.parse(draft.subject());
        } catch (DateTimeParseException e) {
          throw new BadPeriod(texts.text("reports.badMonth", draft.subject()));
        }
        yield new Span(m.toString(), m.atDay(1), m.plusMonths(1).atDay(1));
      }
      case SPECIAL, DAILY_COLLECTION -> {
        LocalDate day = LocalDate.ofInstant(draft.asOf(), Wiring.ZONE);
        yield new Span(day.toString(), day, day.plusDays(1));
      }
    };
  }

  /** The period asked for: a year (2026) or a month (2026-01). */
  private static Span wanted(Requests.Errors errors, String period) {
    try {
      if (YEAR.matcher(period).matches()) {
        int y = Integer.parseInt(period);
        return new Span(period, LocalDate.of(y, 1, 1), LocalDate.of(y + 1, 1, 1));
      }
      if (MONTH.matcher(period).matches()) {
        YearMonth m = YearMonth.parse(period);
        return new Span(period, m.atDay(1), m.plusMonths(1).atDay(1));
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    errors.add("period", "'" + period + "' is neither a year (2026) nor a month (2026-01)");
    return null;
  }

  // ---------------------------------------------------------------- one report

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.ANALYST, Roles.LEADER, Roles.SUPERVISOR, Roles.INSPECTOR, Roles.ADMIN})
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response report(
      @PathParam("id") String id,
      @QueryParam("county") String county,
      @QueryParam("done") String done) {
    return ConsolePages.page(
        () ->
            reportPage(
                id,
                county,
                switch (Objects.requireNonNullElse(done, "")) {
                  case "signed" -> t().text("reports.signed");
                  case "revised" -> t().text("reports.revised");
                  default -> null;
                },
                List.of(),
                null));
  }

  private String reportPage(
      String id, String countyParam, String message, List<String> refusals, String error) {
    return reportPage(id, countyParam, message, refusals, error, null);
  }

  /**
   * The report page; {@code sent} is a refused revision's form, shown again as it was sent, else
   * the revision form (for those who may revise) holds the latest version.
   */
  private String reportPage(
      String id,
      String countyParam,
      String message,
      List<String> refusals,
      String error,
      MultivaluedMap<String, String> sent) {
    Centers.County c = Requests.countyWide(centers, caller, countyParam, "The risk reports");
    ReportDossierSnapshot s = c.center().riskReports().dossier(id(id));
    boolean maySign = caller.has(Roles.LEADER) || caller.has(Roles.ADMIN);
    boolean drafted = s.state() == ReportDossier.State.DRAFTED;
    RiskReportView.ReportView latest =
        RiskReportView.ReportView.of(s.versions().getLast().content());
    ReportRevision.Form revision = null;
    if (drafted && mayRevise()) {
      List<KnownUnits.Unit> units = KnownUnits.of(c, LeaderConsoleResource.DIVISIONS);
      revision =
          sent == null
              ? ReportRevision.of(latest, units)
              : ReportRevision.sent(sent, latest, units);
    }
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("who", ConsoleResource.who(caller, headers));
    p.put(
        "page",
        new ReportViews.Page(
            report(c, s),
            blankToNull(countyParam),
            maySign && drafted,
            ETags.of(RiskReportView.DossierView.of(c.code().value(), s)).getValue(),
            message,
            refusals,
            error,
            revision));
    return ConsoleResource.render("console/report.jte", p);
  }

  /** The roles the API lets revise a report ({@code POST …/revisions}). */
  private boolean mayRevise() {
    return caller.has(Roles.ANALYST) || caller.has(Roles.LEADER) || caller.has(Roles.ADMIN);
  }

  /** The version a reader is shown: the signed one once signed off, else the latest. */
  static ReportViews.Report report(Centers.County c, ReportDossierSnapshot s) {
    ReportVersion v = s.versions().get(s.signedVersion().orElse(s.versions().size()) - 1);
    RiskReportView.ReportView content = RiskReportView.ReportView.of(v.content());
    List<ReportViews.Section> sections = new ArrayList<>();
    for (int i = 0; i < content.sections().size(); i++) {
      RiskReportView.SectionView sv = content.sections().get(i);
      List<ReportViews.Chart> charts = new ArrayList<>();
      for (int j = 0; j < sv.charts().size(); j++) {
        charts.add(ReportCharts.of("chart-" + (i + 1) + "-" + (j + 1), sv.charts().get(j)));
      }
      sections.add(
          new ReportViews.Section(
              sv.heading(),
              sv.paragraphs(),
              sv.tables().stream()
                  .map(t -> new ReportViews.Table(t.title(), t.columns(), t.rows()))
                  .toList(),
              charts));
    }
    Report draft = s.versions().getFirst().content();
    return new ReportViews.Report(
        s.id().value(),
        c.code().value(),
        kindZh(draft.kind()),
        draft.subject(),
        stateZh(s.state()),
        content.title(),
        when(v.content().asOf()),
        v.number(),
        s.versions().size(),
        v.bySystem() ? "系统生成" : v.author().name(),
        when(v.at()),
        sections,
        content.measures().stream()
            .map(m -> new ReportViews.Measure(m.action(), m.owner(), m.due(), m.answers()))
            .toList(),
        content.references(),
        s.signedVersion().orElse(null),
        s.signedBy().map(a -> a.name()).orElse(null),
        signedAt(c, s).map(ConsoleReportResource::when).orElse(null),
        true);
  }

  // ---------------------------------------------------------------- the day's collection

  /** The day asked for in the list's form, as the address of its page. */
  @GET
  @Path("daily")
  @RolesAllowed({Roles.ANALYST, Roles.LEADER, Roles.SUPERVISOR, Roles.INSPECTOR, Roles.ADMIN})
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response daily(@QueryParam("day") String day, @QueryParam("county") String county) {
    Requests.Errors errors = new Requests.Errors();
    LocalDate d = errors.date("day", day);
    if (d == null) {
      return ConsolePages.page(
          () -> {
            errors.throwIfAny("The query");
            throw Requests.invalid("day", "required: a day such as 2026-01-31");
          });
    }
    String c = blankToNull(county);
    return Response.seeOther(
            URI.create("/console/reports/daily/" + d + (c == null ? "" : "?county=" + query(c))))
        .build();
  }

  @GET
  @Path("daily/{day}")
  @RolesAllowed({Roles.ANALYST, Roles.LEADER, Roles.SUPERVISOR, Roles.INSPECTOR, Roles.ADMIN})
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response dailyPage(@PathParam("day") String day, @QueryParam("county") String county) {
    return ConsolePages.page(
        () -> {
          ReportViews.Report r = dailyReport(day, county);
          Map<String, Object> p = new LinkedHashMap<>();
          p.put("who", ConsoleResource.who(caller, headers));
          p.put(
              "page",
              new ReportViews.Page(r, blankToNull(county), false, "", null, List.of(), null, null));
          return ConsoleResource.render("console/report.jte", p);
        });
  }

  @GET
  @Path("daily/{day}/pdf")
  @RolesAllowed({Roles.ANALYST, Roles.LEADER, Roles.SUPERVISOR, Roles.INSPECTOR, Roles.ADMIN})
  @Produces({"application/pdf", Problem.MEDIA_TYPE})
  @Operation(hidden = true)
  public Response dailyPdf(@PathParam("day") String day, @QueryParam("county") String county) {
    ReportViews.Report r = dailyReport(day, county);
    return pdf(r, r.id());
  }

  /**
   * The day's collection (每日采集汇总, 6.4.1.1) as a report: the matters registered that day and those
   * whose result came that day, with time, place, handling and result, and the registrations by
   * category as a chart. The first read after the day ended keeps it, as the API's does.
   */
  private ReportViews.Report dailyReport(String day, String countyParam) {
    Requests.Errors errors = new Requests.Errors();
    LocalDate d = errors.date("day", day);
    errors.throwIfAny("The query");
    Centers.County c = Requests.countyWide(centers, caller, countyParam, "The risk reports");
    DailyCollection dc = c.center().riskReports().collect(d);
    List<String> columns = List.of("事项", "种类", "类别", "成因", "地点", "发生时间", "登记时间", "处理方式", "处理结果");
    Map<String, Double> byCategory = new TreeMap<>();
    dc.registered().forEach(i -> byCategory.merge(i.category(), 1.0, Double::sum));
    RiskReportView.ChartView chart =
        new RiskReportView.ChartView(
            "当日登记事项按类别",
            "BAR",
            List.of(
                new RiskReportView.SeriesView(
                    "登记件数",
                    byCategory.entrySet().stream()
                        .map(e -> new RiskReportView.PointView(e.getKey(), e.getValue()))
                        .toList())));
    String summary =
        d
            + " 登记事项 "
            + dc.registered().size()
            + " 件，有处理结果 "
            + dc.resolved().size()
            + " 件。"
            + (dc.interim() ? "当日尚未结束，本汇总为中期数据，不作为当日记录存档。" : "");
    List<ReportViews.Section> sections =
        List.of(
            new ReportViews.Section(
                "概况", List.of(summary), List.of(), List.of(ReportCharts.of("chart-1-1", chart))),
            new ReportViews.Section(
                "当日登记",
                List.of(),
                List.of(new ReportViews.Table("当日登记事项", columns, items(dc.registered()))),
                List.of()),
            new ReportViews.Section(
                "当日办结",
                List.of(),
                List.of(new ReportViews.Table("当日有处理结果的事项", columns, items(dc.resolved()))),
                List.of()));
    return new ReportViews.Report(
        "DC-" + d,
        c.code().value(),
        kindZh(ReportKind.DAILY_COLLECTION),
        d.toString(),
        dc.interim() ? "中期" : "已汇总",
        d + " 每日采集汇总" + (dc.interim() ? "（中期）" : ""),
        when(dc.collectedAt()),
        1,
        1,
        "系统生成",
        when(dc.collectedAt()),
        sections,
        List.of(),
        List.of(),
        null,
        null,
        null,
        false);
  }

  private static List<List<String>> items(List<CollectedItem> items) {
    return items.stream()
        .map(
            i ->
                List.of(
                    i.matter().value(),
                    i.kind().name(),
                    i.category(),
                    i.cause(),
                    i.placeLabel(),
                    when(i.occurredAt()),
                    when(i.registeredAt()),
                    i.handlingMethod(),
                    i.result().map(Enum::name).orElse("—")))
        .toList();
  }

  // ---------------------------------------------------------------- PDF

  @GET
  @Path("{id}/pdf")
  @RolesAllowed({Roles.ANALYST, Roles.LEADER, Roles.SUPERVISOR, Roles.INSPECTOR, Roles.ADMIN})
  @Produces({"application/pdf", Problem.MEDIA_TYPE})
  @Operation(hidden = true)
  public Response pdf(@PathParam("id") String id, @QueryParam("county") String county) {
    Centers.County c = Requests.countyWide(centers, caller, county, "The risk reports");
    ReportDossierSnapshot s = c.center().riskReports().dossier(id(id));
    return pdf(report(c, s), s.id().value());
  }

  private static Response pdf(ReportViews.Report report, String name) {
    ReportFont.Choice font =
        ReportFont.choose(
            ConfigProvider.getConfig().getOptionalValue(ReportFont.PROPERTY, String.class));
    if (font instanceof ReportFont.Missing missing) {
      throw new Problem.Exception(
          new Problem(
              URI.create("urn:db3311:problem:pdf-font-missing"),
              "No font for the PDF",
              503,
              missing.detail(),
              List.of()));
    }
    String xhtml = ConsoleResource.render("console/reportPdf.jte", Map.of("report", report));
    byte[] pdf = ReportPdf.render(xhtml, (ReportFont.Found) font);
    return Response.ok(pdf, "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"" + name + ".pdf\"")
        .header("Cache-Control", "no-store")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  // ---------------------------------------------------------------- sign-off

  @POST
  @Path("{id}/sign-off")
  @RolesAllowed({Roles.LEADER, Roles.ADMIN})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response signOff(
      @PathParam("id") String id,
      @QueryParam("county") String county,
      MultivaluedMap<String, String> form) {
    try {
      Centers.County c = Requests.countyWide(centers, caller, county, "The risk reports");
      RiskReportUseCases use = c.center().riskReports();
      ReportDossierId dossierId = id(id);
      ReportDossierSnapshot current = use.dossier(dossierId);
      String version = ConsolePages.text(form, "version");
      if (version.isEmpty()) {
        // not a change made meanwhile: the form itself is incomplete (an old page, a hand-made
        // post)
        return again(id, county, 400, List.of(), t().text("reports.noVersion"));
      }
      ETags.require(
          "\"" + version + "\"", RiskReportView.DossierView.of(c.code().value(), current));
      SignOffResult result =
          use.signOff(new ReviseReportUseCase.SignOff(dossierId, caller.actor()));
      if (result instanceof SignOffResult.Refused refused) {
        return again(id, county, 422, refused.problems(), t().text("reports.refused"));
      }
      String back = "/console/reports/" + dossierId.value() + "?done=signed";
      return Response.seeOther(
              URI.create(
                  back + (blankToNull(county) == null ? "" : "&county=" + query(county.strip()))))
          .build();
    } catch (Problem.Exception e) {
      int status = e.problem().status();
      if (status == 403 || status == 404 || status == 400) {
        return ConsolePages.error(
            status, t().text("error.problem", e.problem().title(), e.problem().detail()));
      }
      return again(id, county, status, List.of(), t().text("reports.changed"));
    } catch (NotFoundException e) {
      return ConsolePages.error(404, t().text("error.notFoundDetail", e.getMessage()));
    } catch (IllegalTransitionException e) {
      return again(id, county, 409, List.of(), t().text("reports.alreadySigned"));
    } catch (OptimisticLockException e) {
      return again(id, county, 409, List.of(), t().text("reports.stale"));
    }
  }

  // ---------------------------------------------------------------- revision

  /**
   * A person's revision of a drafted report, the API's work ({@link RiskReportResource#revise}):
   * the same roles, the same checks, the dossier's version from the form as {@code If-Match}. A
   * form read before someone else's revision or the sign-off is refused (412) and shows the report
   * as it now is; bad fields are named and the form comes back as sent.
   */
  @POST
  @Path("{id}/revisions")
  @RolesAllowed({Roles.ANALYST, Roles.LEADER, Roles.ADMIN})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response revise(
      @PathParam("id") String id,
      @QueryParam("county") String county,
      MultivaluedMap<String, String> form) {
    String version = Objects.requireNonNullElse(form.getFirst("version"), "").strip();
    if (version.isEmpty()) {
      return ConsolePages.error(400, t().text("reports.revisionNoVersion"));
    }
    RiskReportView.ReportView latest;
    try {
      Centers.County c = Requests.countyWide(centers, caller, county, "The risk reports");
      ReportDossierSnapshot s = c.center().riskReports().dossier(id(id));
      if (s.state() != ReportDossier.State.DRAFTED) {
        return again(id, county, 409, List.of(), t().text("reports.revisionSigned"));
      }
      latest = RiskReportView.ReportView.of(s.versions().getLast().content());
    } catch (Problem.Exception e) {
      return ConsolePages.error(
          e.problem().status(),
          t().text("error.problem", e.problem().title(), e.problem().detail()));
    } catch (NotFoundException e) {
      return ConsolePages.error(404, t().text("error.notFoundDetail", e.getMessage()));
    }
    try {
      risk.revise(id, county, "\"" + version + "\"", ReportRevision.body(form, latest));
    } catch (Problem.Exception e) {
      int status = e.problem().status();
      if (status == 412) {
        return again(id, county, 412, List.of(), t().text("reports.revisionStale"));
      }
      if (status == 403 || status == 404) {
        return ConsolePages.error(
            status, t().text("error.problem", e.problem().title(), e.problem().detail()));
      }
      List<String> fields =
          e.problem().errors().stream()
              .map(f -> t().text("reports.field", f.path(), f.reason()))
              .toList();
      return revisedAgain(id, county, status, fields, t().text("reports.revisionRefused"), form);
    } catch (NotFoundException e) {
      return ConsolePages.error(404, t().text("error.notFoundDetail", e.getMessage()));
    } catch (IllegalTransitionException e) {
      return again(id, county, 409, List.of(), t().text("reports.revisionSigned"));
    } catch (OptimisticLockException e) {
      return again(id, county, 409, List.of(), t().text("reports.revisionStale"));
    }
    String back = "/console/reports/" + id(id).value() + "?done=revised";
    return Response.seeOther(
            URI.create(
                back + (blankToNull(county) == null ? "" : "&county=" + query(county.strip()))))
        .build();
  }

  private Response revisedAgain(
      String id,
      String county,
      int status,
      List<String> refusals,
      String error,
      MultivaluedMap<String, String> sent) {
    try {
      return ConsolePages.html(status, reportPage(id, county, null, refusals, error, sent));
    } catch (Problem.Exception | NotFoundException e) {
      return ConsolePages.error(status, error);
    }
  }

  private Response again(
      String id, String county, int status, List<String> refusals, String error) {
    try {
      return ConsolePages.html(status, reportPage(id, county, null, refusals, error));
    } catch (Problem.Exception | NotFoundException e) {
      return ConsolePages.error(status, error);
    }
  }

  // ---------------------------------------------------------------- helpers

  /** When the dossier was signed off, from its audit trail (操作留痕). */
  private static Optional<Instant> signedAt(Centers.County c, ReportDossierSnapshot s) {
    if (s.signedBy().isEmpty()) {
      return Optional.empty();
    }
    var audit = c.store().auditTrail();
    List<AuditEntry> entries =
        c.store().unitOfWork().inTransaction(() -> audit.of("ReportDossier", s.id().value()));
    return entries.stream()
        .filter(e -> e.action().equals(ReportDossier.Action.SIGN_OFF.name()))
        .map(AuditEntry::at)
        .reduce((a, b) -> b);
  }

  private static String when(Instant t) {
    return ConsolePages.when(t);
  }

  /** A dossier's state as the report itself names it: in Chinese, like the rest of the report. */
  static String stateZh(ReportDossier.State state) {
    return ConsoleTexts.DEFAULT.name("reports.state", state);
  }

  private static ReportDossierId id(String id) {
    try {
      return ReportDossierId.of(id);
    } catch (IllegalArgumentException e) {
      throw Requests.invalid("id", e.getMessage());
    }
  }

  /** A value as it may stand in a query string: whatever the client sent, the URI stays valid. */
  private static String query(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
  }
}
