package org.db3311.sgc.server.warning;

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
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.db3311.sgc.core.common.SweepResult;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.warning.HandleWarningUseCase;
import org.db3311.sgc.core.warning.WarningId;
import org.db3311.sgc.core.warning.WarningSnapshot;
import org.db3311.sgc.core.warning.WarningUseCases;
import org.db3311.sgc.server.http.ETags;
import org.db3311.sgc.server.http.Paging;
import org.db3311.sgc.server.http.Requests;
import org.db3311.sgc.server.security.Caller;
import org.db3311.sgc.server.security.Roles;
import org.db3311.sgc.server.wiring.Centers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Early warnings of a county (社会稳定风险预警, 6.5): the open ones, highest level first; one with its
 * reasons, matters and history; a scan of the facts run now (不定时发布 — whenever needed, 6.5.2); and
 * the handling of a warning — the duty officer publishes a raised warning or dismisses it as a
 * false alarm, the owning unit acknowledges it, and it is closed with how the risk was handled.
 * Warnings are the county's, so every request names the county (or the caller's own) and the
 * caller's division covers the whole county; each change is made against the state read ({@code
 * If-Match}).
 */
@Path("/api/v1/warnings")
@RequestScoped
@Tag(name = "warning", description = "6.5 risk identification and early warning")
@SecurityRequirement(name = "bearer")
public class WarningResource {

  @Inject Centers centers;
  @Inject Caller caller;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({
    Roles.ANALYST,
    Roles.LEADER,
    Roles.SUPERVISOR,
    Roles.HANDLER,
    Roles.INSPECTOR,
    Roles.ADMIN
  })
  @Operation(
      summary = "The county's open warnings (6.5.2), highest level first, paged",
      description =
          "page from 0, size 1 to 200 (20 by default). A warning that could not be read is named"
              + " in 'failed'; the others are listed all the same.")
  public WarningView.Page open(
      @QueryParam("county") String county,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Requests.Errors errors = new Requests.Errors();
    Paging paging = Paging.of(page, size, errors);
    errors.throwIfAny("The query");
    Centers.County c = county(county);
    SweepResult<WarningSnapshot> open = c.center().warnings().openWarnings();
    List<WarningSnapshot> sorted =
        open.items().stream()
            .sorted(
                Comparator.comparingInt((WarningSnapshot s) -> s.level().grade())
                    .thenComparing(WarningSnapshot::raisedAt)
                    .thenComparing(s -> s.id().value()))
            .toList();
    return new WarningView.Page(
        c.code().value(),
        paging.slice(sorted).stream().map(s -> WarningView.of(c.code().value(), s)).toList(),
        paging.page(),
        paging.size(),
        sorted.size(),
        paging.more(sorted),
        open.failed().stream().map(WarningView.FailureView::of).toList());
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({
    Roles.ANALYST,
    Roles.LEADER,
    Roles.SUPERVISOR,
    Roles.HANDLER,
    Roles.INSPECTOR,
    Roles.ADMIN
  })
  @Operation(summary = "A warning with its reasons, matters and history, with an ETag")
  public Response warning(@PathParam("id") String id, @QueryParam("county") String county) {
    Centers.County c = county(county);
    WarningView view = WarningView.of(c.code().value(), c.center().warnings().warning(id(id)));
    return Response.ok(view).tag(ETags.of(view)).build();
  }

  @POST
  @Path("scans")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ANALYST, Roles.LEADER, Roles.ADMIN})
  @Operation(
      summary = "Run the warning model now over the county's facts (6.5.1, 6.5.2)",
      description =
          "Answers the warnings raised or changed (those at or above the configured level are"
              + " published at once) and each subject that could not be handled; one failing"
              + " subject never stops the others.")
  public WarningView.ScanView scan(@QueryParam("county") String county) {
    Centers.County c = county(county);
    SweepResult<WarningSnapshot> r = c.center().warnings().scanNow();
    return new WarningView.ScanView(
        c.code().value(),
        r.items().stream().map(s -> WarningView.of(c.code().value(), s)).toList(),
        r.failed().stream().map(WarningView.FailureView::of).toList());
  }

  @POST
  @Path("{id}/publication")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ANALYST, Roles.LEADER, Roles.ADMIN})
  @Operation(
      summary = "Publish a raised warning to its owner (6.5.2); needs If-Match",
      description = "The duty officer's decision for a warning below the auto-publish level.")
  public Response publish(
      @PathParam("id") String id,
      @QueryParam("county") String county,
      @HeaderParam("If-Match") String ifMatch) {
    return change(
        id,
        county,
        ifMatch,
        (w, use) -> use.publish(new HandleWarningUseCase.Publish(w, caller.actor())));
  }

  @POST
  @Path("{id}/acknowledgement")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.HANDLER, Roles.ANALYST, Roles.LEADER, Roles.ADMIN})
  @Operation(
      summary = "The owning unit acknowledges a published warning; needs If-Match",
      description = "unit is the warning's owner; another unit is refused (400).")
  public Response acknowledge(
      @PathParam("id") String id,
      @QueryParam("county") String county,
      @HeaderParam("If-Match") String ifMatch,
      String body) {
    return change(
        id,
        county,
        ifMatch,
        (w, use) -> {
          var r =
              Requests.body(body, WarningRequests.AcknowledgeRequest.class, "The acknowledgement");
          Requests.Errors errors = new Requests.Errors();
          String unit = errors.text("unit", r.unit());
          UnitId owner =
              unit == null ? null : errors.attempt("unit", () -> UnitId.of(unit.strip()));
          errors.throwIfAny("The acknowledgement");
          return use.acknowledge(new HandleWarningUseCase.Acknowledge(w, owner, caller.actor()));
        });
  }

  @POST
  @Path("{id}/closure")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.HANDLER, Roles.ANALYST, Roles.LEADER, Roles.ADMIN})
  @Operation(
      summary = "Close an acknowledged warning with how the risk was handled; needs If-Match")
  public Response close(
      @PathParam("id") String id,
      @QueryParam("county") String county,
      @HeaderParam("If-Match") String ifMatch,
      String body) {
    return change(
        id,
        county,
        ifMatch,
        (w, use) -> {
          var r = Requests.body(body, WarningRequests.CloseRequest.class, "The closure");
          Requests.Errors errors = new Requests.Errors();
          String outcome = errors.text("outcome", r.outcome());
          errors.throwIfAny("The closure");
          return use.close(new HandleWarningUseCase.Close(w, outcome, caller.actor()));
        });
  }

  @POST
  @Path("{id}/dismissal")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ANALYST, Roles.LEADER, Roles.ADMIN})
  @Operation(
      summary =
          "Dismiss a raised, unpublished warning as a false alarm, saying why; needs If-Match")
  public Response dismiss(
      @PathParam("id") String id,
      @QueryParam("county") String county,
      @HeaderParam("If-Match") String ifMatch,
      String body) {
    return change(
        id,
        county,
        ifMatch,
        (w, use) -> {
          var r = Requests.body(body, WarningRequests.DismissRequest.class, "The dismissal");
          Requests.Errors errors = new Requests.Errors();
          String why = errors.text("why", r.why());
          errors.throwIfAny("The dismissal");
          return use.dismiss(new HandleWarningUseCase.Dismiss(w, why, caller.actor()));
        });
  }

  /** A step of handling. */
  private interface Step {
    WarningSnapshot apply(WarningId id, WarningUseCases use);
  }

  /**
   * Finds the warning (404), checks {@code If-Match} against it (428/412), then runs the step; the
   * body is read only after, so a stale or missing tag is told before a body's mistakes.
   */
  private Response change(String id, String county, String ifMatch, Step step) {
    Centers.County c = county(county);
    WarningUseCases use = c.center().warnings();
    WarningId w = id(id);
    Function<WarningSnapshot, WarningView> view = s -> WarningView.of(c.code().value(), s);
    ETags.require(ifMatch, view.apply(use.warning(w)));
    WarningView after = view.apply(step.apply(w, use));
    return Response.ok(after).tag(ETags.of(after)).build();
  }

  private Centers.County county(String county) {
    return Requests.countyWide(centers, caller, county, "The warnings");
  }

  private static WarningId id(String id) {
    try {
      return WarningId.of(id);
    } catch (IllegalArgumentException e) {
      throw Requests.invalid("id", e.getMessage());
    }
  }
}
