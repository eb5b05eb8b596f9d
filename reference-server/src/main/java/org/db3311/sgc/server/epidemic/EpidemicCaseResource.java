package org.db3311.sgc.server.epidemic;

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
import java.util.function.Function;
import org.db3311.sgc.core.common.SweepResult;
import org.db3311.sgc.core.epidemic.EpidemicCase;
import org.db3311.sgc.core.epidemic.EpidemicCaseId;
import org.db3311.sgc.core.epidemic.EpidemicCaseSnapshot;
import org.db3311.sgc.core.epidemic.EpidemicUseCases;
import org.db3311.sgc.core.epidemic.HandleEpidemicCaseUseCase;
import org.db3311.sgc.core.facts.MatterId;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.server.http.ETags;
import org.db3311.sgc.server.http.Idempotency;
import org.db3311.sgc.server.http.Page;
import org.db3311.sgc.server.http.Paging;
import org.db3311.sgc.server.http.Requests;
import org.db3311.sgc.server.security.Caller;
import org.db3311.sgc.server.security.Roles;
import org.db3311.sgc.server.wiring.Centers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Epidemic-related matters (涉疫事件) in the closed loop of 6.7.1.1: taken in, analysed, routed,
 * handled, fed back by supervision and assessed, each stage within the deadline of the mode in
 * force ({@code /api/v1/epidemic/mode}). A case is the county's, like the mode: every request names
 * the county ({@code ?county=}, the caller's own when absent) and needs a division covering all of
 * it; a case is opened for a matter registered in that county.
 */
@Path("/api/v1/epidemic/cases")
@RequestScoped
@Tag(name = "epidemic", description = "6.7 epidemic control: peacetime and wartime")
@SecurityRequirement(name = "bearer")
public class EpidemicCaseResource {

  static final String CASE = "{id}";

  @Inject Centers centers;
  @Inject Caller caller;
  @Inject Idempotency idempotency;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CLERK, Roles.HANDLER, Roles.SUPERVISOR, Roles.LEADER, Roles.ADMIN})
  @Operation(
      summary = "Take a registered matter into the epidemic closed loop (受理, 6.7.1.1)",
      description =
          "matter is the registration number of a matter of the county; its first deadline is"
              + " the analysis limit of the mode in force. Honours Idempotency-Key.")
  public Response intake(
      @QueryParam("county") String county,
      @HeaderParam(Idempotency.HEADER) String idempotencyKey,
      String body) {
    Centers.County c = countyOf(county);
    var r = Requests.body(body, EpidemicCaseRequests.IntakeRequest.class, "The intake");
    Requests.Errors errors = new Requests.Errors();
    RegistrationNumber n = errors.matter("matter", r.matter());
    String category = errors.text("category", r.category());
    String summary = errors.text("summary", r.summary());
    if (n != null && !n.county().equals(c.code())) {
      errors.add("matter", "registered in county " + n.county().value() + ", not this one");
    }
    errors.throwIfAny("The intake");
    // the matter must exist: an epidemic case follows a matter the center took in
    c.center().intake().matter(n);
    return idempotency.once(
        c.store(),
        caller.actor().id(),
        idempotencyKey,
        body,
        () -> {
          EpidemicCaseSnapshot s =
              use(c)
                  .intake(
                      new HandleEpidemicCaseUseCase.Intake(
                          MatterId.of(n.toString()), category, summary, caller.actor()));
          return Response.created(
                  URI.create("/api/v1/epidemic/cases/" + s.id() + "?county=" + c.code().value()))
              .entity(EpidemicCaseView.of(c.code().value(), s))
              .tag(ETags.of(s))
              .build();
        });
  }

  @GET
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
      summary = "The county's epidemic cases by id, a page at a time",
      description =
          "page from 0, size up to 200; state filters (e.g. ROUTED). A case that cannot be read"
              + " is listed under failed and the others are still shown.")
  public Page<EpidemicCaseView> list(
      @QueryParam("county") String county,
      @QueryParam("state") String state,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Centers.County c = countyOf(county);
    Requests.Errors errors = new Requests.Errors();
    Paging asked = Paging.of(page, size, errors);
    EpidemicCase.State wanted =
        state == null ? null : errors.enumValue("state", state, EpidemicCase.State.class);
    errors.throwIfAny("The query");
    SweepResult<EpidemicCaseSnapshot> all = use(c).epidemicCases();
    return page(
        c,
        new SweepResult<>(
            all.items().stream().filter(s -> wanted == null || s.state() == wanted).toList(),
            all.failed()),
        asked);
  }

  @GET
  @Path("overdue")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.ANALYST, Roles.INSPECTOR, Roles.ADMIN})
  @Operation(
      summary = "Open cases past the deadline of their stage, for supervision (督办)",
      description = "Cases that cannot be read are listed under failed; the others are shown.")
  public Page<EpidemicCaseView> overdue(
      @QueryParam("county") String county,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Centers.County c = countyOf(county);
    Requests.Errors errors = new Requests.Errors();
    Paging asked = Paging.of(page, size, errors);
    errors.throwIfAny("The query");
    return page(c, use(c).overdueCases(), asked);
  }

  @GET
  @Path(CASE)
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
  @Operation(summary = "An epidemic case with every step of the loop; with an ETag")
  public Response epidemicCase(@QueryParam("county") String county, @PathParam("id") String id) {
    Centers.County c = countyOf(county);
    return current(c, use(c).epidemicCase(EpidemicCaseId.of(id)));
  }

  @POST
  @Path(CASE + "/analysis")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.HANDLER, Roles.SUPERVISOR, Roles.LEADER, Roles.ADMIN})
  @Operation(summary = "Record the analysis (分析) and its findings; needs If-Match")
  public Response analyse(
      @QueryParam("county") String county,
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      String body) {
    return step(
        county,
        id,
        ifMatch,
        s -> {
          var r = Requests.body(body, EpidemicCaseRequests.AnalysisRequest.class, "The analysis");
          Requests.Errors errors = new Requests.Errors();
          String findings = errors.text("findings", r.findings());
          errors.throwIfAny("The analysis");
          return new HandleEpidemicCaseUseCase.Analyse(s.id(), findings, caller.actor());
        });
  }

  @POST
  @Path(CASE + "/routing")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.HANDLER, Roles.SUPERVISOR, Roles.LEADER, Roles.ADMIN})
  @Operation(
      summary =
          "Route the case (流转): by category in peacetime, to the epidemic-control command in"
              + " wartime; needs If-Match")
  public Response route(
      @QueryParam("county") String county,
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch) {
    return step(
        county, id, ifMatch, s -> new HandleEpidemicCaseUseCase.Route(s.id(), caller.actor()));
  }

  @POST
  @Path(CASE + "/handling")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.HANDLER, Roles.ADMIN})
  @Operation(summary = "Record the handling (处置) and its result; needs If-Match")
  public Response handle(
      @QueryParam("county") String county,
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      String body) {
    return step(
        county,
        id,
        ifMatch,
        s -> {
          var r = Requests.body(body, EpidemicCaseRequests.HandlingRequest.class, "The handling");
          Requests.Errors errors = new Requests.Errors();
          String result = errors.text("result", r.result());
          errors.throwIfAny("The handling");
          return new HandleEpidemicCaseUseCase.Handle(s.id(), result, caller.actor());
        });
  }

  @POST
  @Path(CASE + "/feedback")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.ADMIN})
  @Operation(
      summary = "Supervision feedback (督办反馈); needs If-Match",
      description = "satisfactory moves the case on to assessment; otherwise back to handling.")
  public Response feedBack(
      @QueryParam("county") String county,
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      String body) {
    return step(
        county,
        id,
        ifMatch,
        s -> {
          var r = Requests.body(body, EpidemicCaseRequests.FeedbackRequest.class, "The feedback");
          Requests.Errors errors = new Requests.Errors();
          Boolean satisfactory = errors.required("satisfactory", r.satisfactory());
          String note = errors.text("note", r.note());
          errors.throwIfAny("The feedback");
          return new HandleEpidemicCaseUseCase.FeedBack(s.id(), satisfactory, note, caller.actor());
        });
  }

  @POST
  @Path(CASE + "/assessment")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.ADMIN})
  @Operation(
      summary = "Assess the case (考核), closing the loop: a score 0–100 and its basis",
      description = "Needs If-Match.")
  public Response assess(
      @QueryParam("county") String county,
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      String body) {
    return step(
        county,
        id,
        ifMatch,
        s -> {
          var r =
              Requests.body(body, EpidemicCaseRequests.AssessmentRequest.class, "The assessment");
          Requests.Errors errors = new Requests.Errors();
          Integer score = errors.required("score", r.score());
          if (score != null && (score < 0 || score > 100)) {
            errors.add("score", "from 0 to 100");
          }
          String note = errors.text("note", r.note());
          errors.throwIfAny("The assessment");
          return new HandleEpidemicCaseUseCase.Assess(s.id(), score, note, caller.actor());
        });
  }

  /**
   * A stage of the loop: the case found, checked against If-Match, moved on, shown as it is now.
   */
  private Response step(
      String county,
      String id,
      String ifMatch,
      Function<EpidemicCaseSnapshot, HandleEpidemicCaseUseCase.Step> command) {
    Centers.County c = countyOf(county);
    EpidemicCaseSnapshot s = use(c).epidemicCase(EpidemicCaseId.of(id));
    ETags.require(ifMatch, s);
    return current(c, use(c).advance(command.apply(s)));
  }

  private static Response current(Centers.County c, EpidemicCaseSnapshot s) {
    return Response.ok(EpidemicCaseView.of(c.code().value(), s)).tag(ETags.of(s)).build();
  }

  private static Page<EpidemicCaseView> page(
      Centers.County c, SweepResult<EpidemicCaseSnapshot> found, Paging asked) {
    return Page.of(
        found.items().stream().map(s -> EpidemicCaseView.of(c.code().value(), s)).toList(),
        asked,
        found.failed());
  }

  private Centers.County countyOf(String county) {
    return Requests.countyWide(centers, caller, county, "Epidemic cases");
  }

  private static EpidemicUseCases use(Centers.County c) {
    return c.center().epidemic();
  }
}
