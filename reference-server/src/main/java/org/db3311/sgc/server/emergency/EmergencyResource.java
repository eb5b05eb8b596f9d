package org.db3311.sgc.server.emergency;

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
import java.util.List;
import java.util.function.Function;
import org.db3311.sgc.core.common.SweepResult;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.emergency.CommandResult;
import org.db3311.sgc.core.emergency.DiscoverIncidentUseCase;
import org.db3311.sgc.core.emergency.Discovery;
import org.db3311.sgc.core.emergency.EmergencyUseCases;
import org.db3311.sgc.core.emergency.ImpactAssessment;
import org.db3311.sgc.core.emergency.IncidentGrade;
import org.db3311.sgc.core.emergency.IncidentId;
import org.db3311.sgc.core.emergency.IncidentSnapshot;
import org.db3311.sgc.core.emergency.Leadership;
import org.db3311.sgc.core.emergency.RespondToIncidentUseCase;
import org.db3311.sgc.server.http.ETags;
import org.db3311.sgc.server.http.Idempotency;
import org.db3311.sgc.server.http.Page;
import org.db3311.sgc.server.http.Paging;
import org.db3311.sgc.server.http.Requests;
import org.db3311.sgc.server.problem.Problem;
import org.db3311.sgc.server.security.Caller;
import org.db3311.sgc.server.security.Roles;
import org.db3311.sgc.server.wiring.Centers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Emergency command and coordination (应急指挥协调, 6.6): discover an incident from a report or a system
 * warning, grade it (the policy suggests, a person decides), put a leader or a task force in charge
 * of a major one, activate the headquarters' plan, order departments, record arrivals, completions
 * and progress, close and review. Incidents are the county's: every request names the county
 * ({@code ?county=}, the caller's own when absent) and needs a division covering all of it. A step
 * the incident refuses (a major incident without a lead, an order not completed) changes nothing
 * and is answered 409 with every reason.
 */
@Path("/api/v1/emergency")
@RequestScoped
@Tag(name = "emergency", description = "6.6 emergency command and coordination")
@SecurityRequirement(name = "bearer")
public class EmergencyResource {

  static final String INCIDENT = "incidents/{id}";

  @Inject Centers centers;
  @Inject Caller caller;
  @Inject Idempotency idempotency;

  @POST
  @Path("incidents")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CLERK, Roles.HANDLER, Roles.SUPERVISOR, Roles.LEADER, Roles.ADMIN})
  @Operation(
      summary = "Record an incident discovered by a report or a system warning (6.6.1.p2)",
      description =
          "channel is ONLINE_REPORT, OFFLINE_REPORT or SYSTEM_WARNING; reference is the report"
              + " number or warning id. Honours Idempotency-Key.")
  public Response discover(
      @QueryParam("county") String county,
      @HeaderParam(Idempotency.HEADER) String idempotencyKey,
      String body) {
    Centers.County c = countyOf(county);
    var r = Requests.body(body, EmergencyRequests.DiscoverRequest.class, "The discovery");
    Requests.Errors errors = new Requests.Errors();
    Discovery.Channel channel = errors.enumValue("channel", r.channel(), Discovery.Channel.class);
    String reference = errors.text("reference", r.reference());
    String summary = errors.text("summary", r.summary());
    errors.throwIfAny("The discovery");
    return idempotency.once(
        c.store(),
        caller.actor().id(),
        idempotencyKey,
        body,
        () -> {
          IncidentSnapshot s =
              use(c)
                  .discover(
                      new DiscoverIncidentUseCase.Command(
                          channel, reference, summary, caller.actor()));
          return Response.created(
                  URI.create(
                      "/api/v1/emergency/incidents/" + s.id() + "?county=" + c.code().value()))
              .entity(EmergencyView.of(c.code().value(), s))
              .tag(ETags.of(s))
              .build();
        });
  }

  @GET
  @Path("incidents")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({
    Roles.CLERK,
    Roles.HANDLER,
    Roles.SUPERVISOR,
    Roles.LEADER,
    Roles.ANALYST,
    Roles.INSPECTOR,
    Roles.ADMIN
  })
  @Operation(
      summary = "The county's incidents by id, a page at a time",
      description =
          "page from 0, size up to 200; an incident that cannot be read is listed under failed and"
              + " the others are still shown. state filters, e.g. RESPONDING.")
  public Page<EmergencyView> list(
      @QueryParam("county") String county,
      @QueryParam("state") String state,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Centers.County c = countyOf(county);
    Requests.Errors errors = new Requests.Errors();
    Paging asked = Paging.of(page, size, errors);
    var wanted =
        state == null
            ? null
            : errors.enumValue("state", state, org.db3311.sgc.core.emergency.Incident.State.class);
    errors.throwIfAny("The query");
    SweepResult<IncidentSnapshot> all = use(c).incidents();
    return page(
        c,
        new SweepResult<>(
            all.items().stream().filter(s -> wanted == null || s.state() == wanted).toList(),
            all.failed()),
        asked);
  }

  @GET
  @Path("incidents/progress-overdue")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.ANALYST, Roles.INSPECTOR, Roles.ADMIN})
  @Operation(
      summary = "Incidents in response whose next progress report is overdue for their grade",
      description =
          "6.6.1.p3 asks for progress to be fed back continuously; the cadence is I hourly, II"
              + " every 2 h, III every 4 h, IV every 12 h. Unreadable incidents are listed under"
              + " failed.")
  public Page<EmergencyView> progressOverdue(
      @QueryParam("county") String county,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Centers.County c = countyOf(county);
    Requests.Errors errors = new Requests.Errors();
    Paging asked = Paging.of(page, size, errors);
    errors.throwIfAny("The query");
    return page(c, use(c).progressOverdueIncidents(), asked);
  }

  @POST
  @Path("grade-suggestion")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({
    Roles.CLERK,
    Roles.HANDLER,
    Roles.SUPERVISOR,
    Roles.LEADER,
    Roles.ANALYST,
    Roles.INSPECTOR,
    Roles.ADMIN
  })
  @Operation(
      summary = "The grade the policy suggests for an impact (研判, 6.6.1.p2); nothing is stored")
  public EmergencyView.SuggestionView suggest(@QueryParam("county") String county, String body) {
    Centers.County c = countyOf(county);
    var r = Requests.body(body, EmergencyRequests.ImpactRequest.class, "The impact");
    Requests.Errors errors = new Requests.Errors();
    ImpactAssessment impact =
        EmergencyRequests.impact(errors, r.deaths(), r.injured(), r.affected(), r.spreading());
    errors.throwIfAny("The impact");
    IncidentGrade g = use(c).suggestGrade(impact);
    return new EmergencyView.SuggestionView(g.name(), g.isMajor());
  }

  @GET
  @Path(INCIDENT)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({
    Roles.CLERK,
    Roles.HANDLER,
    Roles.SUPERVISOR,
    Roles.LEADER,
    Roles.ANALYST,
    Roles.INSPECTOR,
    Roles.ADMIN
  })
  @Operation(summary = "An incident with its gradings, orders, progress and history; with an ETag")
  public Response incident(@QueryParam("county") String county, @PathParam("id") String id) {
    Centers.County c = countyOf(county);
    return current(c, use(c).incident(IncidentId.of(id)));
  }

  @POST
  @Path(INCIDENT + "/grading")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.LEADER, Roles.ADMIN})
  @Operation(
      summary = "Grade or re-grade by urgency and impact (6.6.1.p2); needs If-Match",
      description =
          "A grade other than the policy's suggestion needs a rationale, else 409 with the"
              + " reason.")
  public Response grade(
      @QueryParam("county") String county,
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      String body) {
    return step(
        county,
        id,
        ifMatch,
        (c, s) -> {
          var r = Requests.body(body, EmergencyRequests.GradeRequest.class, "The grading");
          Requests.Errors errors = new Requests.Errors();
          ImpactAssessment impact =
              EmergencyRequests.impact(
                  errors, r.deaths(), r.injured(), r.affected(), r.spreading());
          IncidentGrade grade = errors.enumValue("grade", r.grade(), IncidentGrade.class);
          errors.throwIfAny("The grading");
          return refusedOr(
              "grading",
              use(c)
                  .grade(
                      new RespondToIncidentUseCase.Grade(
                          s.id(),
                          impact,
                          grade,
                          r.rationale() == null ? "" : r.rationale(),
                          caller.actor())));
        });
  }

  @POST
  @Path(INCIDENT + "/lead")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.LEADER, Roles.ADMIN})
  @Operation(
      summary =
          "Put a responsible leader (LEAD_LEADER) or a task force (TASK_FORCE) in charge"
              + " (6.6.1.p1); needs If-Match",
      description = "head is {id, name}; a task force has a name and members.")
  public Response lead(
      @QueryParam("county") String county,
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      String body) {
    return step(
        county,
        id,
        ifMatch,
        (c, s) -> {
          var r = Requests.body(body, EmergencyRequests.LeadRequest.class, "The lead");
          Requests.Errors errors = new Requests.Errors();
          Leadership lead = EmergencyRequests.lead(errors, r);
          errors.throwIfAny("The lead");
          use(c).assignLead(new RespondToIncidentUseCase.AssignLead(s.id(), lead, caller.actor()));
          return null;
        });
  }

  @POST
  @Path(INCIDENT + "/plan")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.LEADER, Roles.ADMIN})
  @Operation(
      summary =
          "Activate a response plan with the county emergency headquarters (6.6.1.p2); needs"
              + " If-Match",
      description =
          "404 when the headquarters has no such plan; 409 when the plan does not cover the grade"
              + " or a major incident has no lead yet.")
  public Response activatePlan(
      @QueryParam("county") String county,
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      String body) {
    return step(
        county,
        id,
        ifMatch,
        (c, s) -> {
          var r = Requests.body(body, EmergencyRequests.PlanRequest.class, "The activation");
          Requests.Errors errors = new Requests.Errors();
          String plan = errors.text("planId", r.planId());
          errors.throwIfAny("The activation");
          return refusedOr(
              "plan",
              use(c)
                  .activatePlan(
                      new RespondToIncidentUseCase.ActivatePlan(s.id(), plan, caller.actor())));
        });
  }

  @POST
  @Path(INCIDENT + "/orders")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.LEADER, Roles.ADMIN})
  @Operation(
      summary = "Order a department to act, on site or not (6.6.1.p1); needs If-Match",
      description = "orderId is chosen by the commander and unique within the incident.")
  public Response issueOrder(
      @QueryParam("county") String county,
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      String body) {
    return step(
        county,
        id,
        ifMatch,
        (c, s) -> {
          var r = Requests.body(body, EmergencyRequests.OrderRequest.class, "The order");
          Requests.Errors errors = new Requests.Errors();
          String orderId = errors.text("orderId", r.orderId());
          UnitId department = EmergencyRequests.unit(errors, "department", r.department());
          String instruction = errors.text("instruction", r.instruction());
          Boolean onSite = errors.required("onSite", r.onSite());
          errors.throwIfAny("The order");
          if (s.orders().stream().anyMatch(o -> o.id().equals(orderId))) {
            throw Requests.invalid("orderId", "the incident already has order " + orderId);
          }
          return refusedOr(
              "order",
              use(c)
                  .issueOrder(
                      new RespondToIncidentUseCase.IssueOrder(
                          s.id(), orderId, department, instruction, onSite, caller.actor())));
        });
  }

  @POST
  @Path(INCIDENT + "/orders/{order}/arrival")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.HANDLER, Roles.LEADER, Roles.ADMIN})
  @Operation(
      summary = "The ordered department reached the scene (需赶赴现场处置的，应及时赶赴现场, 6.6.1.p3)",
      description = "Needs If-Match; 404 when the incident has no such order.")
  public Response arrival(
      @QueryParam("county") String county,
      @PathParam("id") String id,
      @PathParam("order") String order,
      @HeaderParam("If-Match") String ifMatch) {
    return step(
        county,
        id,
        ifMatch,
        (c, s) -> {
          requireOrder(s, order);
          use(c)
              .arriveOnSite(
                  new RespondToIncidentUseCase.ArriveOnSite(s.id(), order, caller.actor()));
          return null;
        });
  }

  @POST
  @Path(INCIDENT + "/orders/{order}/completion")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.HANDLER, Roles.LEADER, Roles.ADMIN})
  @Operation(
      summary = "An order carried out, and what was done; needs If-Match",
      description = "An on-site order is completed only after the arrival is recorded (409).")
  public Response completion(
      @QueryParam("county") String county,
      @PathParam("id") String id,
      @PathParam("order") String order,
      @HeaderParam("If-Match") String ifMatch,
      String body) {
    return step(
        county,
        id,
        ifMatch,
        (c, s) -> {
          requireOrder(s, order);
          var r = Requests.body(body, EmergencyRequests.CompletionRequest.class, "The completion");
          Requests.Errors errors = new Requests.Errors();
          String completion = errors.text("completion", r.completion());
          errors.throwIfAny("The completion");
          return refusedOr(
              "completion",
              use(c)
                  .completeOrder(
                      new RespondToIncidentUseCase.CompleteOrder(
                          s.id(), order, completion, caller.actor())));
        });
  }

  @POST
  @Path(INCIDENT + "/progress")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.HANDLER, Roles.LEADER, Roles.ADMIN})
  @Operation(
      summary = "Feed back the progress of the handling (随时反馈事件处置进展, 6.6.1.p3); needs If-Match")
  public Response progress(
      @QueryParam("county") String county,
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      String body) {
    return step(
        county,
        id,
        ifMatch,
        (c, s) -> {
          var r = Requests.body(body, EmergencyRequests.ProgressRequest.class, "The report");
          Requests.Errors errors = new Requests.Errors();
          UnitId from = EmergencyRequests.unit(errors, "from", r.from());
          String text = errors.text("text", r.text());
          errors.throwIfAny("The report");
          use(c)
              .reportProgress(
                  new RespondToIncidentUseCase.ReportProgress(
                      s.id(), from, text, Boolean.TRUE.equals(r.fromSite()), caller.actor()));
          return null;
        });
  }

  @POST
  @Path(INCIDENT + "/closure")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.LEADER, Roles.ADMIN})
  @Operation(
      summary = "Close the incident with a summary; needs If-Match",
      description =
          "Refused (409, every reason) while an order is not completed, no progress was reported"
              + " or a major incident has no lead.")
  public Response close(
      @QueryParam("county") String county,
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      String body) {
    return step(
        county,
        id,
        ifMatch,
        (c, s) -> {
          var r = Requests.body(body, EmergencyRequests.CloseRequest.class, "The closure");
          Requests.Errors errors = new Requests.Errors();
          String summary = errors.text("summary", r.summary());
          errors.throwIfAny("The closure");
          return refusedOr(
              "closure",
              use(c).close(new RespondToIncidentUseCase.Close(s.id(), summary, caller.actor())));
        });
  }

  @POST
  @Path(INCIDENT + "/review")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.LEADER, Roles.ADMIN})
  @Operation(summary = "Review a closed incident (复盘): findings and lessons; needs If-Match")
  public Response review(
      @QueryParam("county") String county,
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      String body) {
    return step(
        county,
        id,
        ifMatch,
        (c, s) -> {
          var r = Requests.body(body, EmergencyRequests.ReviewRequest.class, "The review");
          Requests.Errors errors = new Requests.Errors();
          String findings = errors.text("findings", r.findings());
          List<String> lessons = r.lessons() == null ? List.of() : r.lessons();
          for (int i = 0; i < lessons.size(); i++) {
            errors.text("lessons[" + i + "]", lessons.get(i));
          }
          errors.throwIfAny("The review");
          use(c)
              .review(
                  new RespondToIncidentUseCase.Review(s.id(), findings, lessons, caller.actor()));
          return null;
        });
  }

  /** A step on an incident: found, checked against If-Match, done, answered with its new state. */
  private Response step(
      String county,
      String id,
      String ifMatch,
      java.util.function.BiFunction<Centers.County, IncidentSnapshot, Problem.Exception> change) {
    Centers.County c = countyOf(county);
    IncidentSnapshot s = use(c).incident(IncidentId.of(id));
    ETags.require(ifMatch, s);
    Problem.Exception refused = change.apply(c, s);
    if (refused != null) {
      throw refused;
    }
    return current(c, use(c).incident(s.id()));
  }

  /** Nothing for a step done; the refusal (409, every reason named) for one refused. */
  private static Problem.Exception refusedOr(String what, CommandResult result) {
    if (result instanceof CommandResult.Refused r) {
      return new Problem.Exception(
          new Problem(
              URI.create("urn:db3311:problem:refused"),
              "Refused",
              409,
              "The incident refused the " + what + ": " + String.join("; ", r.reasons()),
              r.reasons().stream().map(reason -> new Problem.FieldError(what, reason)).toList()));
    }
    return null;
  }

  private static void requireOrder(IncidentSnapshot s, String order) {
    if (s.orders().stream().noneMatch(o -> o.id().equals(order))) {
      throw Requests.notFound("Order " + order + " of incident " + s.id());
    }
  }

  private static Response current(Centers.County c, IncidentSnapshot s) {
    return Response.ok(EmergencyView.of(c.code().value(), s)).tag(ETags.of(s)).build();
  }

  private static Page<EmergencyView> page(
      Centers.County c, SweepResult<IncidentSnapshot> found, Paging asked) {
    Function<IncidentSnapshot, EmergencyView> view = s -> EmergencyView.of(c.code().value(), s);
    return Page.of(found.items().stream().map(view).toList(), asked, found.failed());
  }

  private Centers.County countyOf(String county) {
    return Requests.countyWide(centers, caller, county, "Incidents");
  }

  private static EmergencyUseCases use(Centers.County c) {
    return c.center().emergency();
  }
}
