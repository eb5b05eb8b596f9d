package org.db3311.sgc.server.evaluation;

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
import java.util.Optional;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.evaluation.EvaluationUseCases;
import org.db3311.sgc.core.evaluation.MetricKind;
import org.db3311.sgc.core.evaluation.Period;
import org.db3311.sgc.core.evaluation.PublishedFigure;
import org.db3311.sgc.server.evaluation.EvaluationView.FigureView;
import org.db3311.sgc.server.evaluation.EvaluationView.RecomputationView;
import org.db3311.sgc.server.evaluation.EvaluationView.SheetView;
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
 * Department evaluation (9.2.2) by the metric definitions of ruling R8: the sheet of a period (按期)
 * or of the month so far (实时, 8.2.5), a figure published with the definition version it used, and a
 * published figure recomputed with that version to show whether it still matches. Figures are a
 * county's: {@code ?county=} or the caller's own.
 */
@Path("/api/v1/evaluation")
@RequestScoped
@Tag(name = "evaluation", description = "9.2 evaluation: department figures by ruling R8")
@SecurityRequirement(name = "bearer")
public class EvaluationResource {

  @Inject Centers centers;
  @Inject Caller caller;
  @Inject Idempotency idempotency;
  @Inject Clock clock;

  @GET
  @Path("sheet")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.LEADER, Roles.SUPERVISOR, Roles.ANALYST, Roles.INSPECTOR, Roles.ADMIN})
  @Operation(
      summary = "The evaluation sheet of a period (9.2.2, R8), departments paged",
      description =
          "period: a year (2026), a month (2026-11) or days (2026-11-01..2026-11-30), in Beijing"
              + " time. Each metric by the definition version in force on the period's first day;"
              + " a period not yet over is counted up to now. A rate with nothing to count has no"
              + " percent.")
  public SheetView sheet(
      @QueryParam("county") String county,
      @QueryParam("period") String period,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Centers.County c = county(county);
    Requests.Errors errors = new Requests.Errors();
    Period p = EvaluationRequests.period(errors, "period", period, clock.getZone());
    errors.throwIfAny("The query");
    Page.check(page, size);
    return SheetView.of(c.code().value(), c.center().evaluation().sheet(p), false, page, size);
  }

  @GET
  @Path("real-time")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.LEADER, Roles.SUPERVISOR, Roles.ANALYST, Roles.INSPECTOR, Roles.ADMIN})
  @Operation(
      summary =
          "The evaluation sheet of the current month up to now (实时, 8.2.5), departments paged")
  public SheetView realTime(
      @QueryParam("county") String county,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Centers.County c = county(county);
    Page.check(page, size);
    return SheetView.of(c.code().value(), c.center().evaluation().realTime(), true, page, size);
  }

  @GET
  @Path("figures")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.LEADER, Roles.SUPERVISOR, Roles.ANALYST, Roles.INSPECTOR, Roles.ADMIN})
  @Operation(summary = "The figures published (R8), oldest first, paged")
  public Page<FigureView> figures(
      @QueryParam("county") String county,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Centers.County c = county(county);
    Page.check(page, size);
    return Page.of(
        c.center().evaluation().published().stream().map(FigureView::of).toList(), page, size);
  }

  @POST
  @Path("figures")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ANALYST, Roles.LEADER, Roles.ADMIN})
  @Operation(
      summary = "Publish a figure with its definition version and input digest (9.2.2, R8)",
      description =
          "kind: RESPONSE_RATE, HANDLING_RATE, ON_TIME_HANDLING_RATE or SATISFACTION_RATE;"
              + " department: a unit id, absent for the whole center; period as for the sheet."
              + " Honours Idempotency-Key: a retry returns the figure already published.")
  public Response publish(
      @QueryParam("county") String county,
      @HeaderParam(Idempotency.HEADER) String idempotencyKey,
      String body) {
    Centers.County c = county(county);
    var r = Requests.body(body, EvaluationRequests.PublishRequest.class, "The publication");
    Requests.Errors errors = new Requests.Errors();
    MetricKind kind = errors.enumValue("kind", r.kind(), MetricKind.class);
    Optional<UnitId> department =
        r.department() == null
            ? Optional.empty()
            : Optional.ofNullable(errors.attempt("department", () -> UnitId.of(r.department())));
    Period period = EvaluationRequests.period(errors, "period", r.period(), clock.getZone());
    errors.throwIfAny("The publication");
    return idempotency.once(
        c.store(),
        caller.actor().id(),
        idempotencyKey,
        body,
        () -> {
          PublishedFigure f =
              c.center()
                  .evaluation()
                  .publish(
                      new EvaluationUseCases.Publish(kind, department, period, caller.actor()));
          FigureView view = FigureView.of(f);
          return Response.created(location(c, f.id())).entity(view).tag(ETags.of(view)).build();
        });
  }

  @GET
  @Path("figures/{id: .+}/recomputation")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.LEADER, Roles.SUPERVISOR, Roles.ANALYST, Roles.INSPECTOR, Roles.ADMIN})
  @Operation(
      summary = "Recompute a published figure with the version it names: does it still match? (R8)",
      description =
          "matches is false when the counts, or the matters counted, differ from what was"
              + " published (e.g. facts corrected since).")
  public RecomputationView recompute(
      @QueryParam("county") String county, @PathParam("id") String id) {
    Centers.County c = county(county);
    EvaluationUseCases evaluation = c.center().evaluation();
    return RecomputationView.of(evaluation.recompute(evaluation.published(id)));
  }

  @GET
  @Path("figures/{id: .+}")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.LEADER, Roles.SUPERVISOR, Roles.ANALYST, Roles.INSPECTOR, Roles.ADMIN})
  @Operation(
      summary = "A published figure, as published",
      description = "Its id reads kind/department-or-center/period/version/published-at.")
  public Response figure(@QueryParam("county") String county, @PathParam("id") String id) {
    Centers.County c = county(county);
    FigureView view = FigureView.of(c.center().evaluation().published(id));
    return Response.ok(view).tag(ETags.of(view)).build();
  }

  private Centers.County county(String county) {
    return Requests.countyWide(centers, caller, county, "The evaluation");
  }

  /** The id's characters are all safe in a path: unit ids, period labels, digits, '/'. */
  private static URI location(Centers.County c, String id) {
    return URI.create("/api/v1/evaluation/figures/" + id + "?county=" + c.code().value());
  }
}
