package org.db3311.sgc.server.improvement;

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
import java.util.List;
import org.db3311.sgc.core.common.SweepResult;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.evaluation.improvement.CorrectiveAction;
import org.db3311.sgc.core.evaluation.improvement.CorrectiveActionId;
import org.db3311.sgc.core.evaluation.improvement.CorrectiveActionSnapshot;
import org.db3311.sgc.core.evaluation.improvement.CorrectiveActionUseCases;
import org.db3311.sgc.core.evaluation.improvement.Finding;
import org.db3311.sgc.core.evaluation.improvement.FindingSource;
import org.db3311.sgc.core.evaluation.improvement.RaiseCorrectiveActionUseCase;
import org.db3311.sgc.core.evaluation.improvement.RecheckCorrectiveActionUseCase;
import org.db3311.sgc.server.http.ETags;
import org.db3311.sgc.server.http.Idempotency;
import org.db3311.sgc.server.http.Page;
import org.db3311.sgc.server.http.Requests;
import org.db3311.sgc.server.security.Caller;
import org.db3311.sgc.server.security.Roles;
import org.db3311.sgc.server.wiring.Centers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Corrective actions (纠正措施): set from a finding of evaluation, a complaint, supervision or an
 * inspection (9.3.1), the owner's correction reported, and the follow-up re-check (复查, 9.3.3)
 * recorded — each re-check is disclosed on the public board ({@link RecheckBoardResource}) and fed
 * back to a complaint's ticket the moment it is recorded. Actions are a county's: {@code ?county=}
 * or the caller's own.
 */
@Path("/api/v1/corrective-actions")
@RequestScoped
@Tag(name = "improvement", description = "9.3 improvement: corrective actions and re-checks")
@SecurityRequirement(name = "bearer")
public class CorrectiveActionResource {

  @Inject Centers centers;
  @Inject Caller caller;
  @Inject Idempotency idempotency;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.ADMIN})
  @Operation(
      summary = "Raise a corrective action from a finding (9.3.1)",
      description =
          "finding.source: EVALUATION_FIGURE, STAFF_EVALUATION, PUBLIC_COMPLAINT,"
              + " HIGHER_LEVEL_SUPERVISION or INSPECTION. Honours Idempotency-Key.")
  public Response raise(
      @QueryParam("county") String county,
      @HeaderParam(Idempotency.HEADER) String idempotencyKey,
      String body) {
    Centers.County c = county(county);
    var r = Requests.body(body, CorrectiveActionRequests.RaiseRequest.class, "The action");
    Requests.Errors errors = new Requests.Errors();
    Finding finding = null;
    if (r.finding() == null) {
      errors.add("finding", "required: source, reference and description");
    } else {
      var f = r.finding();
      FindingSource source = errors.enumValue("finding.source", f.source(), FindingSource.class);
      String reference = errors.text("finding.reference", f.reference());
      String description = errors.text("finding.description", f.description());
      if (source != null && reference != null && description != null) {
        finding =
            errors.attempt(
                "finding", () -> new Finding(source, reference.strip(), description.strip()));
      }
    }
    UnitId owner =
        r.owner() == null
            ? errors.required("owner", null)
            : errors.attempt("owner", () -> UnitId.of(r.owner().strip()));
    String measure = errors.text("measure", r.measure());
    LocalDate due = errors.date("due", r.due());
    errors.throwIfAny("The action");
    var command =
        new RaiseCorrectiveActionUseCase.Command(finding, owner, measure, due, caller.actor());
    return idempotency.once(
        c.store(),
        caller.actor().id(),
        idempotencyKey,
        body,
        () -> {
          CorrectiveActionSnapshot s = c.center().correctiveActions().raise(command);
          CorrectiveActionView view = CorrectiveActionView.of(s);
          return Response.created(
                  URI.create(
                      "/api/v1/corrective-actions/" + s.id() + "?county=" + c.code().value()))
              .entity(view)
              .tag(ETags.of(view))
              .build();
        });
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({
    Roles.HANDLER,
    Roles.SUPERVISOR,
    Roles.LEADER,
    Roles.ANALYST,
    Roles.INSPECTOR,
    Roles.ADMIN
  })
  @Operation(
      summary = "Corrective actions, oldest first, paged; by state and owner if given",
      description = "state: OPEN, CORRECTION_REPORTED or VERIFIED; owner: a unit id.")
  public Page<CorrectiveActionView> list(
      @QueryParam("county") String county,
      @QueryParam("state") String state,
      @QueryParam("owner") String owner,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Centers.County c = county(county);
    Requests.Errors errors = new Requests.Errors();
    CorrectiveAction.State wanted =
        state == null ? null : errors.enumValue("state", state, CorrectiveAction.State.class);
    errors.throwIfAny("The query");
    Page.check(page, size);
    SweepResult<CorrectiveActionSnapshot> all = c.center().correctiveActions().actions();
    List<CorrectiveActionView> items =
        all.items().stream()
            .filter(s -> wanted == null || s.state() == wanted)
            .filter(s -> owner == null || s.owner().value().equals(owner.strip()))
            .map(CorrectiveActionView::of)
            .toList();
    return Page.of(items, page, size, all.failed());
  }

  @GET
  @Path("overdue")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.INSPECTOR, Roles.ADMIN})
  @Operation(summary = "Actions not verified by their due date (9.3.1), paged")
  public Page<CorrectiveActionView> overdue(
      @QueryParam("county") String county,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Centers.County c = county(county);
    Page.check(page, size);
    return page(c.center().correctiveActions().overdueActions(), page, size);
  }

  @GET
  @Path("overdue-rechecks")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.INSPECTOR, Roles.ADMIN})
  @Operation(
      summary = "Reported corrections whose re-check is past due (9.3.3, R9), paged",
      description = "A re-check is due within working days of the report, by the finding's source.")
  public Page<CorrectiveActionView> overdueRechecks(
      @QueryParam("county") String county,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Centers.County c = county(county);
    Page.check(page, size);
    return page(c.center().correctiveActions().overdueRechecks(), page, size);
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({
    Roles.HANDLER,
    Roles.SUPERVISOR,
    Roles.LEADER,
    Roles.ANALYST,
    Roles.INSPECTOR,
    Roles.ADMIN
  })
  @Operation(summary = "A corrective action, with an ETag")
  public Response action(@QueryParam("county") String county, @PathParam("id") String id) {
    Centers.County c = county(county);
    return current(c, c.center().correctiveActions().action(id(id)));
  }

  @POST
  @Path("{id}/correction")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.HANDLER, Roles.SUPERVISOR, Roles.LEADER, Roles.ADMIN})
  @Operation(
      summary = "The owner reports its correction; the re-check falls due (9.3.3); needs If-Match")
  public Response reportCorrection(
      @QueryParam("county") String county,
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      String body) {
    Centers.County c = county(county);
    CorrectiveActionUseCases actions = c.center().correctiveActions();
    CorrectiveActionSnapshot s = actions.action(id(id));
    ETags.require(ifMatch, CorrectiveActionView.of(s));
    var r = Requests.body(body, CorrectiveActionRequests.CorrectionRequest.class, "The report");
    Requests.Errors errors = new Requests.Errors();
    String account = errors.text("account", r.account());
    errors.throwIfAny("The report");
    return current(
        c,
        actions.reportCorrection(
            new RecheckCorrectiveActionUseCase.ReportCorrection(s.id(), account, caller.actor())));
  }

  @POST
  @Path("{id}/rechecks")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.ADMIN})
  @Operation(
      summary =
          "Record the re-check of a reported correction; disclosed and fed back at once (9.3.3);"
              + " needs If-Match",
      description = "A failed re-check sends the action back to OPEN.")
  public Response recheck(
      @QueryParam("county") String county,
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      String body) {
    Centers.County c = county(county);
    CorrectiveActionUseCases actions = c.center().correctiveActions();
    CorrectiveActionSnapshot s = actions.action(id(id));
    ETags.require(ifMatch, CorrectiveActionView.of(s));
    var r = Requests.body(body, CorrectiveActionRequests.RecheckRequest.class, "The re-check");
    Requests.Errors errors = new Requests.Errors();
    Boolean passed = errors.required("passed", r.passed());
    String notes = errors.text("notes", r.notes());
    errors.throwIfAny("The re-check");
    actions.recheck(
        new RecheckCorrectiveActionUseCase.Recheck(s.id(), passed, notes, caller.actor()));
    return current(c, actions.action(s.id()));
  }

  private static Response current(Centers.County c, CorrectiveActionSnapshot s) {
    CorrectiveActionView view = CorrectiveActionView.of(s);
    return Response.ok(view).tag(ETags.of(view)).build();
  }

  private static Page<CorrectiveActionView> page(
      SweepResult<CorrectiveActionSnapshot> r, String page, String size) {
    return Page.of(
        r.items().stream().map(CorrectiveActionView::of).toList(), page, size, r.failed());
  }

  private Centers.County county(String county) {
    return Requests.countyWide(centers, caller, county, "Corrective actions");
  }

  /** An action id as a path names it, e.g. CA-2026-0001; 400 for anything else. */
  static CorrectiveActionId id(String text) {
    if (text == null || !text.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
      throw Requests.invalid("id", "a corrective action id such as CA-2026-0001");
    }
    return CorrectiveActionId.of(text);
  }
}
