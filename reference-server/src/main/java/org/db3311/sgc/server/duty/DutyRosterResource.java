package org.db3311.sgc.server.duty;

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
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import org.db3311.sgc.adapter.jpa.JpaDutyRosterRepository;
import org.db3311.sgc.core.eventhandling.DutyLeader;
import org.db3311.sgc.core.eventhandling.DutyRoster;
import org.db3311.sgc.core.eventhandling.DutyRosterId;
import org.db3311.sgc.core.eventhandling.DutyRosterSnapshot;
import org.db3311.sgc.core.eventhandling.DutyShift;
import org.db3311.sgc.core.eventhandling.PlanDutyRosterUseCase;
import org.db3311.sgc.core.eventhandling.PublishDutyRosterUseCase;
import org.db3311.sgc.server.http.ETags;
import org.db3311.sgc.server.http.Idempotency;
import org.db3311.sgc.server.http.Requests;
import org.db3311.sgc.server.problem.Problem;
import org.db3311.sgc.server.security.Caller;
import org.db3311.sgc.server.security.Roles;
import org.db3311.sgc.server.wiring.Centers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The monthly duty roster of county leaders (值班县级领导, 6.3.1.2), who lead cross-boundary events. The
 * county is the caller's own, or {@code ?county=} for staff of a wider division.
 */
@Path("/api/v1/duty-rosters")
@RequestScoped
@Tag(name = "duty roster", description = "6.3.1.2 the county leaders' duty roster")
@SecurityRequirement(name = "bearer")
public class DutyRosterResource {

  @Inject Centers centers;
  @Inject Caller caller;
  @Inject Idempotency idempotency;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.LEADER, Roles.ADMIN})
  @Operation(
      summary = "Plan a month's duty roster (6.3.1.2), as a draft",
      description =
          "The leaders take turns day by day from the handover time. Honours Idempotency-Key.")
  public Response plan(
      @QueryParam("county") String county,
      String body,
      @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
    Centers.County c = county(county);
    var r = Requests.body(body, DutyRosterRequests.PlanRequest.class, "The plan");
    Requests.Errors errors = new Requests.Errors();
    YearMonth month = errors.month("month", r.month());
    List<DutyLeader> leaders = DutyRosterRequests.leaders(errors, r.leaders());
    LocalTime handover = errors.time("handover", r.handover());
    DutyLeader fallback = DutyRosterRequests.leader(errors, "fallback", r.fallback());
    errors.throwIfAny("The plan");
    return idempotency.once(
        c.store(),
        caller.actor().id(),
        idempotencyKey,
        body,
        () -> {
          c.center()
              .dutyRoster()
              .plan(
                  new PlanDutyRosterUseCase.Plan(
                      month, leaders, handover, fallback, caller.actor()));
          DutyRosterSnapshot s = find(c, month);
          return Response.created(
                  URI.create("/api/v1/duty-rosters/" + month + "?county=" + c.code().value()))
              .entity(DutyRosterView.of(c.code().value(), s))
              .tag(ETags.of(s))
              .build();
        });
  }

  @GET
  @Path("{month}")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({
    Roles.CLERK,
    Roles.MEDIATOR,
    Roles.HANDLER,
    Roles.SUPERVISOR,
    Roles.LEADER,
    Roles.ANALYST,
    Roles.INSPECTOR,
    Roles.ADMIN
  })
  @Operation(summary = "A month's duty roster, with an ETag")
  public Response roster(@PathParam("month") String month, @QueryParam("county") String county) {
    Centers.County c = county(county);
    DutyRosterSnapshot s = find(c, month(month));
    return Response.ok(DutyRosterView.of(c.code().value(), s)).tag(ETags.of(s)).build();
  }

  @POST
  @Path("{month}/shifts")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.LEADER, Roles.ADMIN})
  @Operation(summary = "Assign one shift to a leader; needs If-Match")
  public Response assignShift(
      @PathParam("month") String month,
      @QueryParam("county") String county,
      @HeaderParam("If-Match") String ifMatch,
      String body) {
    Centers.County c = county(county);
    YearMonth m = month(month);
    DutyRosterSnapshot s = find(c, m);
    ETags.require(ifMatch, s);
    var r = Requests.body(body, DutyRosterRequests.ShiftRequest.class, "The shift");
    Requests.Errors errors = new Requests.Errors();
    LocalDateTime start = errors.dateTime("start", r.start());
    LocalDateTime end = errors.dateTime("end", r.end());
    DutyLeader leader = DutyRosterRequests.leader(errors, "leader", r.leader());
    errors.throwIfAny("The shift");
    DutyShift shift = errors.attempt("end", () -> new DutyShift(start, end, leader));
    errors.throwIfAny("The shift");
    c.center()
        .dutyRoster()
        .assignShift(new PlanDutyRosterUseCase.AssignShift(m, shift, caller.actor()));
    return current(c, m);
  }

  @POST
  @Path("{month}/fallback")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.LEADER, Roles.ADMIN})
  @Operation(summary = "Set the fallback leader for hours no shift covers; needs If-Match")
  public Response fallback(
      @PathParam("month") String month,
      @QueryParam("county") String county,
      @HeaderParam("If-Match") String ifMatch,
      String body) {
    Centers.County c = county(county);
    YearMonth m = month(month);
    DutyRosterSnapshot s = find(c, m);
    ETags.require(ifMatch, s);
    var r = Requests.body(body, DutyRosterRequests.FallbackRequest.class, "The fallback");
    Requests.Errors errors = new Requests.Errors();
    DutyLeader fallback = DutyRosterRequests.leader(errors, "fallback", r.fallback());
    errors.throwIfAny("The fallback");
    c.center()
        .dutyRoster()
        .setFallback(new PlanDutyRosterUseCase.SetFallback(m, fallback, caller.actor()));
    return current(c, m);
  }

  @POST
  @Path("{month}/revision")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.LEADER, Roles.ADMIN})
  @Operation(summary = "Revise a roster, saying why; needs If-Match")
  public Response revise(
      @PathParam("month") String month,
      @QueryParam("county") String county,
      @HeaderParam("If-Match") String ifMatch,
      String body) {
    Centers.County c = county(county);
    YearMonth m = month(month);
    DutyRosterSnapshot s = find(c, m);
    ETags.require(ifMatch, s);
    var r = Requests.body(body, DutyRosterRequests.RevisionRequest.class, "The revision");
    Requests.Errors errors = new Requests.Errors();
    errors.text("reason", r.reason());
    errors.throwIfAny("The revision");
    c.center().dutyRoster().revise(new PlanDutyRosterUseCase.Revise(m, r.reason(), caller.actor()));
    return current(c, m);
  }

  @POST
  @Path("{month}/publication")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.LEADER, Roles.ADMIN})
  @Operation(
      summary = "Publish the roster once every hour of the month is covered (6.3.1.2)",
      description =
          "Needs If-Match. A roster leaving an hour uncovered is not published: 422 lists every"
              + " gap found.")
  public Response publish(
      @PathParam("month") String month,
      @QueryParam("county") String county,
      @HeaderParam("If-Match") String ifMatch) {
    Centers.County c = county(county);
    YearMonth m = month(month);
    DutyRosterSnapshot s = find(c, m);
    ETags.require(ifMatch, s);
    List<String> findings =
        c.center().dutyRoster().publish(new PublishDutyRosterUseCase.Command(m, caller.actor()));
    if (!findings.isEmpty()) {
      throw new Problem.Exception(
          new Problem(
              URI.create("urn:db3311:problem:roster-incomplete"),
              "Roster not published",
              422,
              "The duty roster of " + m + " leaves hours uncovered (6.3.1.2); see 'errors'.",
              findings.stream().map(f -> new Problem.FieldError("shifts", f)).toList()));
    }
    return current(c, m);
  }

  private Response current(Centers.County c, YearMonth m) {
    DutyRosterSnapshot after = find(c, m);
    return Response.ok(DutyRosterView.of(c.code().value(), after)).tag(ETags.of(after)).build();
  }

  private Centers.County county(String county) {
    return Requests.countyWide(centers, caller, county, "The duty roster");
  }

  private static YearMonth month(String text) {
    Requests.Errors errors = new Requests.Errors();
    YearMonth m = errors.month("month", text);
    errors.throwIfAny("The path");
    return m;
  }

  static DutyRosterSnapshot find(Centers.County c, YearMonth month) {
    DutyRosterId id = DutyRosterId.of(month);
    return new JpaDutyRosterRepository(c.store())
        .find(id)
        .map(DutyRoster::snapshot)
        .orElseThrow(() -> Requests.notFound("The duty roster of " + month));
  }
}
