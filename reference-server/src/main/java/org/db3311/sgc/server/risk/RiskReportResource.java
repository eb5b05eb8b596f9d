package org.db3311.sgc.server.risk;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.facts.MatterId;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.risk.DailyCollection;
import org.db3311.sgc.core.risk.MajorRisk;
import org.db3311.sgc.core.risk.PeriodDraft;
import org.db3311.sgc.core.risk.ReviseReportUseCase;
import org.db3311.sgc.core.risk.RiskReportUseCases;
import org.db3311.sgc.core.risk.SpecialReportResult;
import org.db3311.sgc.core.risk.report.Report;
import org.db3311.sgc.core.risk.report.ReportDossierId;
import org.db3311.sgc.core.risk.report.ReportDossierSnapshot;
import org.db3311.sgc.core.risk.report.SignOffResult;
import org.db3311.sgc.core.warning.Reason;
import org.db3311.sgc.core.warning.WarningId;
import org.db3311.sgc.core.warning.WarningLevel;
import org.db3311.sgc.core.warning.WarningSnapshot;
import org.db3311.sgc.server.http.ETags;
import org.db3311.sgc.server.http.Paging;
import org.db3311.sgc.server.http.Requests;
import org.db3311.sgc.server.problem.Problem;
import org.db3311.sgc.server.risk.RiskReportView.DossierView;
import org.db3311.sgc.server.risk.RiskReportView.ReportView;
import org.db3311.sgc.server.security.Caller;
import org.db3311.sgc.server.security.Roles;
import org.db3311.sgc.server.wiring.Centers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Risk analysis and reports of a county (社会风险分析研判, 6.4): the day's collection (6.4.1.1), the week's
 * bulletin on types and causes with one special report per major risk (一事一专报, 6.4.1.2), the month's
 * report with mitigation measures (6.4.1.3), and each report's dossier — the system's draft, a
 * person's revisions against the version read ({@code If-Match}), and the sign-off, refused with
 * every reason when the content breaks its kind's rules. A period asked for before it ended is
 * answered as an interim report that is not kept. Reports are the county's: every request names the
 * county (or the caller's own) and the caller's division covers the whole county.
 */
@Path("/api/v1/risk")
@RequestScoped
@Tag(name = "risk", description = "6.4 risk analysis: daily collection, weekly, special, monthly")
@SecurityRequirement(name = "bearer")
public class RiskReportResource {

  private static final Pattern RISK_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  @Inject Centers centers;
  @Inject Caller caller;
  @Inject Clock clock;

  @GET
  @Path("daily-collections/{day}")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ANALYST, Roles.LEADER, Roles.SUPERVISOR, Roles.INSPECTOR, Roles.ADMIN})
  @Operation(
      summary = "The day's collection (每日采集汇总, 6.4.1.1), both lists paged alike",
      description =
          "Once the day has ended the first read makes the collection and every later read"
              + " returns the one kept; while the day runs the collection so far is answered"
              + " with interim=true and not kept. page from 0, size 1 to 200 (20 by default).")
  public RiskReportView.DailyView daily(
      @PathParam("day") String day,
      @QueryParam("county") String county,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Requests.Errors errors = new Requests.Errors();
    LocalDate d = errors.date("day", day);
    Paging paging = Paging.of(page, size, errors);
    errors.throwIfAny("The query");
    Centers.County c = county(county);
    DailyCollection collection = c.center().riskReports().collect(d);
    return new RiskReportView.DailyView(
        c.code().value(),
        collection.day().toString(),
        collection.collectedAt().toString(),
        collection.interim(),
        collection.registered().size(),
        collection.resolved().size(),
        paging.slice(collection.registered()).stream().map(RiskReportView.ItemView::of).toList(),
        paging.slice(collection.resolved()).stream().map(RiskReportView.ItemView::of).toList(),
        paging.page(),
        paging.size(),
        paging.more(collection.registered()) || paging.more(collection.resolved()));
  }

  @POST
  @Path("weekly-reports")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ANALYST, Roles.LEADER, Roles.ADMIN})
  @Operation(
      summary = "Draft the weekly bulletin (研判专报, 6.4.1.2) of the ISO week holding a day",
      description =
          "Once the week has ended: drafted once, after each of the week's major risks has its"
              + " special report, and kept (status FINAL, its dossier); asking again returns the"
              + " same dossier, so a retry is harmless. Before: an INTERIM report, not kept.")
  public Response weekly(@QueryParam("county") String county, String body) {
    var r = Requests.body(body, RiskReportRequests.WeeklyRequest.class, "The request");
    Requests.Errors errors = new Requests.Errors();
    LocalDate day = errors.date("day", r.day());
    errors.throwIfAny("The request");
    Centers.County c = county(county);
    return draft(c, c.center().riskReports().draftWeekly(day));
  }

  @POST
  @Path("monthly-reports")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ANALYST, Roles.LEADER, Roles.ADMIN})
  @Operation(
      summary = "Draft the monthly report (研判报告, 6.4.1.3) of a month",
      description =
          "Once the month has ended: drafted once and kept (FINAL); before: INTERIM, not kept."
              + " Its mitigation measures are set by a revision before the sign-off.")
  public Response monthly(@QueryParam("county") String county, String body) {
    var r = Requests.body(body, RiskReportRequests.MonthlyRequest.class, "The request");
    Requests.Errors errors = new Requests.Errors();
    YearMonth month = errors.month("month", r.month());
    errors.throwIfAny("The request");
    Centers.County c = county(county);
    return draft(c, c.center().riskReports().draftMonthly(month));
  }

  @POST
  @Path("special-reports")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ANALYST, Roles.LEADER, Roles.ADMIN})
  @Operation(
      summary = "Draft the special report of a major risk (一事一专报, 6.4.1.2)",
      description =
          "Give either warning (a warning id of the county) or risk (a major risk the analyst"
              + " names: id, title, level, explanation, matters, owner). 201 with the dossier"
              + " when drafted; 200 with drafted=false and the existing dossier when the risk"
              + " has its report already (revise that one).")
  public Response special(@QueryParam("county") String county, String body) {
    var r = Requests.body(body, RiskReportRequests.SpecialRequest.class, "The request");
    Centers.County c = county(county);
    MajorRisk risk = risk(c, r);
    SpecialReportResult result = c.center().riskReports().draftSpecial(risk);
    ReportDossierSnapshot s = result.dossier().snapshot();
    DossierView dossier = DossierView.of(c.code().value(), s);
    boolean drafted = result instanceof SpecialReportResult.Drafted;
    var view = new RiskReportView.SpecialView(c.code().value(), drafted, dossier);
    return (drafted ? Response.created(location(c, s)) : Response.ok())
        .entity(view)
        .tag(ETags.of(dossier))
        .build();
  }

  @GET
  @Path("reports/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ANALYST, Roles.LEADER, Roles.SUPERVISOR, Roles.INSPECTOR, Roles.ADMIN})
  @Operation(summary = "A report dossier with every version, with an ETag")
  public Response dossier(@PathParam("id") String id, @QueryParam("county") String county) {
    Centers.County c = county(county);
    DossierView view = DossierView.of(c.code().value(), c.center().riskReports().dossier(id(id)));
    return Response.ok(view).tag(ETags.of(view)).build();
  }

  @POST
  @Path("reports/{id}/revisions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ANALYST, Roles.LEADER, Roles.ADMIN})
  @Operation(
      summary = "Revise a drafted report: a new version with the whole content; needs If-Match",
      description =
          "Kind, subject and the data's date stay the draft's; every earlier version is kept.")
  public Response revise(
      @PathParam("id") String id,
      @QueryParam("county") String county,
      @HeaderParam("If-Match") String ifMatch,
      String body) {
    Centers.County c = county(county);
    RiskReportUseCases use = c.center().riskReports();
    ReportDossierId dossierId = id(id);
    ReportDossierSnapshot before = use.dossier(dossierId);
    ETags.require(ifMatch, DossierView.of(c.code().value(), before));
    var r = Requests.body(body, RiskReportRequests.RevisionRequest.class, "The revision");
    Requests.Errors errors = new Requests.Errors();
    Report content = RiskReportRequests.content(errors, r, before.versions().getFirst().content());
    errors.throwIfAny("The revision");
    ReportDossierSnapshot after =
        use.revise(new ReviseReportUseCase.Revise(dossierId, content, caller.actor()));
    DossierView view = DossierView.of(c.code().value(), after);
    return Response.ok(view).tag(ETags.of(view)).build();
  }

  @POST
  @Path("reports/{id}/sign-off")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.LEADER, Roles.ADMIN})
  @Operation(
      summary = "Sign off the latest version of a report; needs If-Match",
      description =
          "Refused (422, every reason in 'errors') when the content breaks its kind's rules: a"
              + " monthly report without measures, a weekly one without types and causes, a"
              + " special one not about exactly one risk. A refusal changes nothing.")
  public Response signOff(
      @PathParam("id") String id,
      @QueryParam("county") String county,
      @HeaderParam("If-Match") String ifMatch) {
    Centers.County c = county(county);
    RiskReportUseCases use = c.center().riskReports();
    ReportDossierId dossierId = id(id);
    ETags.require(ifMatch, DossierView.of(c.code().value(), use.dossier(dossierId)));
    SignOffResult result = use.signOff(new ReviseReportUseCase.SignOff(dossierId, caller.actor()));
    if (result instanceof SignOffResult.Refused refused) {
      throw new Problem.Exception(
          new Problem(
              URI.create("urn:db3311:problem:sign-off-refused"),
              "Sign-off refused",
              422,
              "Report "
                  + dossierId
                  + " cannot be signed off as it stands; revise it first. Every reason is"
                  + " listed in 'errors'.",
              refused.problems().stream().map(p -> new Problem.FieldError("content", p)).toList()));
    }
    DossierView view = DossierView.of(c.code().value(), use.dossier(dossierId));
    return Response.ok(view).tag(ETags.of(view)).build();
  }

  @GET
  @Path("problems")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ANALYST, Roles.LEADER, Roles.INSPECTOR, Roles.ADMIN})
  @Operation(
      summary = "What drafting could not take in (数据问题), oldest first, paged",
      description = "For the risk desk; page from 0, size 1 to 200 (20 by default).")
  public RiskReportView.ProblemsView problems(
      @QueryParam("county") String county,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Requests.Errors errors = new Requests.Errors();
    Paging paging = Paging.of(page, size, errors);
    errors.throwIfAny("The query");
    Centers.County c = county(county);
    List<String> all = c.center().riskReports().problems();
    return new RiskReportView.ProblemsView(
        c.code().value(),
        paging.slice(all),
        paging.page(),
        paging.size(),
        all.size(),
        paging.more(all));
  }

  private static Response draft(Centers.County c, PeriodDraft draft) {
    String county = c.code().value();
    return switch (draft) {
      case PeriodDraft.Final f -> {
        ReportDossierSnapshot s = f.dossier().snapshot();
        DossierView dossier = DossierView.of(county, s);
        yield Response.ok(
                new RiskReportView.DraftView(
                    county, "FINAL", dossier, ReportView.of(f.report()), null))
            .contentLocation(location(c, s))
            .tag(ETags.of(dossier))
            .build();
      }
      case PeriodDraft.Interim i ->
          Response.ok(
                  new RiskReportView.DraftView(
                      county,
                      "INTERIM",
                      null,
                      ReportView.of(i.report()),
                      i.periodEnds().toString()))
              .build();
    };
  }

  private static URI location(Centers.County c, ReportDossierSnapshot s) {
    return URI.create("/api/v1/risk/reports/" + s.id().value() + "?county=" + c.code().value());
  }

  /** The major risk a special report is asked for: a warning of the county, or one named. */
  private MajorRisk risk(Centers.County c, RiskReportRequests.SpecialRequest r) {
    Requests.Errors errors = new Requests.Errors();
    if ((r.warning() == null) == (r.risk() == null)) {
      errors.add("warning", "give either warning (an id) or risk (a named risk), not both");
      errors.throwIfAny("The request");
    }
    if (r.warning() != null) {
      WarningId id = errors.attempt("warning", () -> WarningId.of(r.warning()));
      errors.throwIfAny("The request");
      WarningSnapshot w = c.center().warnings().warning(id);
      return new MajorRisk(
          w.id().value(),
          w.level() + " " + w.subject(),
          w.level(),
          w.reasons(),
          w.matters(),
          w.owner(),
          w.raisedAt());
    }
    RiskReportRequests.NamedRisk n = r.risk();
    String id = errors.text("risk.id", n.id());
    if (id != null && !RISK_ID.matcher(id).matches()) {
      errors.add("risk.id", "letters, digits, '.', '_' and '-', at most 64, such as AN-2026-03");
    }
    String title = errors.text("risk.title", n.title());
    WarningLevel level = errors.enumValue("risk.level", n.level(), WarningLevel.class);
    String explanation = errors.text("risk.explanation", n.explanation());
    String owner = errors.text("risk.owner", n.owner());
    UnitId unit = owner == null ? null : errors.attempt("risk.owner", () -> UnitId.of(owner));
    TreeSet<MatterId> matters = new TreeSet<>();
    List<String> asked = n.matters() == null ? List.of() : n.matters();
    for (int i = 0; i < asked.size(); i++) {
      String path = "risk.matters[" + i + "]";
      RegistrationNumber number = errors.matter(path, asked.get(i));
      if (number != null && !number.county().equals(c.code())) {
        errors.add(path, "a matter of county " + c.code().value());
      } else if (number != null) {
        matters.add(MatterId.of(number.toString()));
      }
    }
    errors.throwIfAny("The request");
    List<Reason> reasons = new ArrayList<>();
    reasons.add(
        new Reason(
            "named-by-analyst",
            "6.4.1.2",
            level,
            explanation,
            Map.of("namedBy", caller.actor().name())));
    return new MajorRisk(id, title, level, reasons, matters, unit, clock.instant());
  }

  private Centers.County county(String county) {
    return Requests.countyWide(centers, caller, county, "The risk reports");
  }

  private static ReportDossierId id(String id) {
    try {
      return ReportDossierId.of(id);
    } catch (IllegalArgumentException e) {
      throw Requests.invalid("id", e.getMessage());
    }
  }
}
