package org.db3311.sgc.server.guidance;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.db3311.sgc.core.calendar.TimeLimit;
import org.db3311.sgc.core.common.AreaCode;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.SweepResult;
import org.db3311.sgc.core.guidance.Due;
import org.db3311.sgc.core.guidance.FollowGuidanceTaskUseCase;
import org.db3311.sgc.core.guidance.GrassrootsUnit;
import org.db3311.sgc.core.guidance.GuidanceTaskId;
import org.db3311.sgc.core.guidance.GuidanceTaskSnapshot;
import org.db3311.sgc.core.guidance.GuidanceTopic;
import org.db3311.sgc.core.guidance.IssueGuidanceTaskUseCase;
import org.db3311.sgc.core.guidance.IssuerLevel;
import org.db3311.sgc.server.http.ETags;
import org.db3311.sgc.server.http.Idempotency;
import org.db3311.sgc.server.http.Paging;
import org.db3311.sgc.server.http.Requests;
import org.db3311.sgc.server.security.Caller;
import org.db3311.sgc.server.security.DivisionScope;
import org.db3311.sgc.server.security.Roles;
import org.db3311.sgc.server.wiring.Centers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Guidance tasks of a county's center (基层社会治理业务指导, 6.8): the center takes on a task from the
 * province, city or county and issues it to townships and villages of the county with a due date
 * (the issuer's, or a period counted on the working-day calendar, R9); each assignee accepts it and
 * reports what was done; the center verifies the report or returns it with what is missing; a sweep
 * sends the day's reminders, urgings and escalations (督办). The center's staff work county-wide; a
 * township's or village's staff see the tasks assigned within their division and accept and report
 * for their own units only. Every change to a task is made against the state read ({@code
 * If-Match}).
 */
@Path("/api/v1/guidance")
@RequestScoped
@Tag(name = "guidance", description = "6.8 guidance tasks to townships and villages")
@SecurityRequirement(name = "bearer")
public class GuidanceResource {

  @Inject Centers centers;
  @Inject Caller caller;
  @Inject Idempotency idempotency;

  @POST
  @Path("tasks")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.ADMIN})
  @Operation(
      summary = "Issue a guidance task to townships and villages of the county (6.8)",
      description =
          "issuer: PROVINCE, CITY or COUNTY; topic: one of the fields 6.8 lists; due: on a"
              + " date, within workingDays or days of issue, or absent for the topic's period."
              + " Assignees are named by their 9-digit (township) or 12-digit (village) code in"
              + " the county. Honours Idempotency-Key.")
  public Response issue(
      @QueryParam("county") String county,
      @HeaderParam(Idempotency.HEADER) String idempotencyKey,
      String body) {
    Centers.County c = Requests.countyWide(centers, caller, county, "The guidance tasks");
    var r = Requests.body(body, GuidanceRequests.IssueRequest.class, "The task");
    Requests.Errors errors = new Requests.Errors();
    IssuerLevel issuer = errors.enumValue("issuer", r.issuer(), IssuerLevel.class);
    GuidanceTopic topic = errors.enumValue("topic", r.topic(), GuidanceTopic.class);
    String source = errors.text("source", r.source());
    String title = errors.text("title", r.title());
    String requirements = errors.text("requirements", r.requirements());
    Due due = due(errors, r.due());
    List<GrassrootsUnit> assignees = assignees(errors, c.code(), r.assignees());
    errors.throwIfAny("The task");
    return idempotency.once(
        c.store(),
        caller.actor().id(),
        idempotencyKey,
        body,
        () -> {
          GuidanceTaskSnapshot s =
              c.center()
                  .guidance()
                  .issue(
                      new IssueGuidanceTaskUseCase.Command(
                          issuer,
                          source,
                          topic,
                          title,
                          requirements,
                          due,
                          assignees,
                          caller.actor()));
          GuidanceView view = GuidanceView.of(c.code().value(), s);
          return Response.created(
                  URI.create(
                      "/api/v1/guidance/tasks/" + s.id().value() + "?county=" + c.code().value()))
              .entity(view)
              .tag(ETags.of(view))
              .build();
        });
  }

  @GET
  @Path("tasks")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.HANDLER, Roles.INSPECTOR, Roles.ADMIN})
  @Operation(
      summary = "The county's guidance tasks, oldest first, paged",
      description =
          "unit narrows the list to the tasks assigned to that township or village; a township's"
              + " or village's staff see only the tasks assigned within their division. page from"
              + " 0, size 1 to 200 (20 by default). A task that could not be read is named in"
              + " 'failed'.")
  public GuidanceView.Page tasks(
      @QueryParam("county") String county,
      @QueryParam("unit") String unit,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Requests.Errors errors = new Requests.Errors();
    Paging paging = Paging.of(page, size, errors);
    errors.throwIfAny("The query");
    Centers.County c = county(county);
    SweepResult<GuidanceTaskSnapshot> all = c.center().guidance().tasks();
    String within = caller.scope().prefix();
    List<GuidanceTaskSnapshot> seen =
        all.items().stream()
            .filter(s -> assignedWithin(s, within))
            .filter(s -> unit == null || unit.isBlank() || assignedTo(s, unit.strip()))
            .toList();
    return new GuidanceView.Page(
        c.code().value(),
        paging.slice(seen).stream().map(s -> GuidanceView.of(c.code().value(), s)).toList(),
        paging.page(),
        paging.size(),
        seen.size(),
        paging.more(seen),
        all.failed().stream().map(GuidanceView.FailureView::of).toList());
  }

  @GET
  @Path("tasks/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.HANDLER, Roles.INSPECTOR, Roles.ADMIN})
  @Operation(summary = "A guidance task with each assignee's part, with an ETag")
  public Response task(@PathParam("id") String id, @QueryParam("county") String county) {
    Centers.County c = county(county);
    GuidanceView view = GuidanceView.of(c.code().value(), visible(c, id));
    return Response.ok(view).tag(ETags.of(view)).build();
  }

  @GET
  @Path("tasks/{id}/progress")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.HANDLER, Roles.INSPECTOR, Roles.ADMIN})
  @Operation(summary = "Where a task stands: assignees per state, verified, overdue")
  public GuidanceView.ProgressView progress(
      @PathParam("id") String id, @QueryParam("county") String county) {
    Centers.County c = county(county);
    GuidanceTaskSnapshot s = visible(c, id);
    return GuidanceView.ProgressView.of(c.code().value(), c.center().guidance().progress(s.id()));
  }

  @POST
  @Path("tasks/{id}/assignees/{unit}/acceptance")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.HANDLER, Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(
      summary = "The assigned township or village accepts the task; needs If-Match",
      description = "By staff whose division covers the unit.")
  public Response accept(
      @PathParam("id") String id,
      @PathParam("unit") String unit,
      @QueryParam("county") String county,
      @HeaderParam("If-Match") String ifMatch) {
    Centers.County c = county(county);
    GuidanceTaskSnapshot s = forUnit(c, id, unit, ifMatch);
    return answer(
        c,
        c.center()
            .guidance()
            .accept(new FollowGuidanceTaskUseCase.Accept(s.id(), unit, caller.actor())));
  }

  @POST
  @Path("tasks/{id}/assignees/{unit}/report")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.HANDLER, Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(
      summary = "The assignee reports what was done on an accepted task; needs If-Match",
      description = "By staff whose division covers the unit; a returned report is reported anew.")
  public Response report(
      @PathParam("id") String id,
      @PathParam("unit") String unit,
      @QueryParam("county") String county,
      @HeaderParam("If-Match") String ifMatch,
      String body) {
    Centers.County c = county(county);
    GuidanceTaskSnapshot s = forUnit(c, id, unit, ifMatch);
    var r = Requests.body(body, GuidanceRequests.ReportRequest.class, "The report");
    Requests.Errors errors = new Requests.Errors();
    String account = errors.text("account", r.account());
    errors.throwIfAny("The report");
    return answer(
        c,
        c.center()
            .guidance()
            .report(new FollowGuidanceTaskUseCase.Report(s.id(), unit, account, caller.actor())));
  }

  @POST
  @Path("tasks/{id}/assignees/{unit}/verification")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.ADMIN})
  @Operation(
      summary = "The center verifies an assignee's report, or returns it; needs If-Match",
      description = "passed=false returns the report, and note says what is missing.")
  public Response verify(
      @PathParam("id") String id,
      @PathParam("unit") String unit,
      @QueryParam("county") String county,
      @HeaderParam("If-Match") String ifMatch,
      String body) {
    Centers.County c = Requests.countyWide(centers, caller, county, "Verifying guidance tasks");
    GuidanceTaskSnapshot s = forUnit(c, id, unit, ifMatch);
    var r = Requests.body(body, GuidanceRequests.VerifyRequest.class, "The verification");
    Requests.Errors errors = new Requests.Errors();
    Boolean passed = errors.required("passed", r.passed());
    if (Boolean.FALSE.equals(passed)) {
      errors.text("note", r.note());
    }
    errors.throwIfAny("The verification");
    return answer(
        c,
        c.center()
            .guidance()
            .verify(
                new FollowGuidanceTaskUseCase.Verify(
                    s.id(), unit, passed, r.note(), caller.actor())));
  }

  @POST
  @Path("sweeps")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(
      summary = "Run today's supervision sweep of the county's tasks now",
      description =
          "Sends each reminder, urging and escalation due today, once per assignee and level;"
              + " a task that cannot be swept is named in 'failed' and the others are swept.")
  public GuidanceView.SweepView sweep(@QueryParam("county") String county) {
    Centers.County c = Requests.countyWide(centers, caller, county, "The guidance tasks");
    return GuidanceView.SweepView.of(c.code().value(), c.center().guidance().sweep());
  }

  private static Response answer(Centers.County c, GuidanceTaskSnapshot after) {
    GuidanceView view = GuidanceView.of(c.code().value(), after);
    return Response.ok(view).tag(ETags.of(view)).build();
  }

  /**
   * The task, visible to the caller, with {@code unit} among its assignees and inside the caller's
   * division, read at the state {@code If-Match} names.
   */
  private GuidanceTaskSnapshot forUnit(Centers.County c, String id, String unit, String ifMatch) {
    GuidanceTaskSnapshot s = visible(c, id);
    if (!assignedTo(s, unit)) {
      throw Requests.notFound("An assignee " + unit + " of task " + s.id());
    }
    if (!unit.startsWith(caller.scope().prefix())) {
      throw Caller.outside("Unit " + unit);
    }
    ETags.require(ifMatch, GuidanceView.of(c.code().value(), s));
    return s;
  }

  /** The task; a township's or village's staff see only tasks assigned within their division. */
  private GuidanceTaskSnapshot visible(Centers.County c, String id) {
    GuidanceTaskId taskId;
    try {
      taskId = GuidanceTaskId.of(id);
    } catch (IllegalArgumentException e) {
      throw Requests.invalid("id", e.getMessage());
    }
    GuidanceTaskSnapshot s = c.center().guidance().task(taskId);
    if (!assignedWithin(s, caller.scope().prefix())) {
      throw Caller.outside("Guidance task " + s.id());
    }
    return s;
  }

  private static boolean assignedWithin(GuidanceTaskSnapshot s, String prefix) {
    return s.assignments().stream().anyMatch(a -> a.unit().code().startsWith(prefix));
  }

  private static boolean assignedTo(GuidanceTaskSnapshot s, String unit) {
    return s.assignments().stream().anyMatch(a -> a.unit().code().equals(unit));
  }

  /**
   * The county a request concerns: a county's (or wider) staff name it or work in their own; a
   * township's or village's staff work in their own county only.
   */
  private Centers.County county(String county) {
    DivisionScope scope = caller.scope();
    if (scope.code().length() == 6) {
      return Requests.countyWide(centers, caller, county, "The guidance tasks");
    }
    DivisionCode own = scope.county().orElseThrow();
    if (county != null && !county.isBlank() && !county.strip().equals(own.value())) {
      throw Caller.outside("The guidance tasks of county " + county.strip());
    }
    return centers.of(own).orElseThrow(() -> Requests.notServed(own.value()));
  }

  private static Due due(Requests.Errors errors, GuidanceRequests.DueRequest d) {
    if (d == null || (d.on() == null && d.workingDays() == null && d.days() == null)) {
      return Due.byTopic();
    }
    int given =
        (d.on() == null ? 0 : 1) + (d.workingDays() == null ? 0 : 1) + (d.days() == null ? 0 : 1);
    if (given > 1) {
      errors.add("due", "one of on, workingDays or days");
      return null;
    }
    if (d.on() != null) {
      LocalDate on = errors.date("due.on", d.on());
      return on == null ? null : Due.on(on);
    }
    String field = d.workingDays() != null ? "due.workingDays" : "due.days";
    int n = d.workingDays() != null ? d.workingDays() : d.days();
    if (n < 1 || n > 366) {
      errors.add(field, "a whole number from 1 to 366");
      return null;
    }
    return Due.within(d.workingDays() != null ? TimeLimit.workingDays(n) : TimeLimit.days(n));
  }

  private static List<GrassrootsUnit> assignees(
      Requests.Errors errors, DivisionCode county, List<GuidanceRequests.UnitRequest> asked) {
    List<GrassrootsUnit> out = new ArrayList<>();
    if (asked == null || asked.isEmpty()) {
      errors.add("assignees", "required: at least one township or village");
      return out;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < asked.size(); i++) {
      String path = "assignees[" + i + "]";
      GuidanceRequests.UnitRequest u = asked.get(i);
      if (u == null) {
        errors.add(path, "a township or village");
        continue;
      }
      String name = errors.text(path + ".name", u.name());
      String code = errors.text(path + ".code", u.code());
      if (code == null) {
        continue;
      }
      AreaCode area = errors.attempt(path + ".code", () -> AreaCode.of(code.strip()));
      if (area == null) {
        continue;
      }
      if (!area.county().equals(county)) {
        errors.add(path + ".code", "a township or village of county " + county.value());
        continue;
      }
      if (!seen.add(area.value())) {
        errors.add(path + ".code", area.value() + " is named twice");
        continue;
      }
      if (name != null) {
        out.add(
            new GrassrootsUnit(
                area.value(),
                name.strip(),
                area.isTownship() ? GrassrootsUnit.Level.TOWNSHIP : GrassrootsUnit.Level.VILLAGE));
      }
    }
    return out;
  }
}
