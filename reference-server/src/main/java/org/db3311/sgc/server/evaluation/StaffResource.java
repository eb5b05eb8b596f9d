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
import java.time.LocalDate;
import java.util.List;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.evaluation.Rate;
import org.db3311.sgc.core.evaluation.staff.AttendanceRecord;
import org.db3311.sgc.core.evaluation.staff.AttendanceStatus;
import org.db3311.sgc.core.evaluation.staff.ConductCheck;
import org.db3311.sgc.core.evaluation.staff.ConductRule;
import org.db3311.sgc.core.evaluation.staff.QualitySource;
import org.db3311.sgc.core.evaluation.staff.ServiceQualityRecord;
import org.db3311.sgc.core.evaluation.staff.StaffEvaluation;
import org.db3311.sgc.core.evaluation.staff.StaffUseCases;
import org.db3311.sgc.server.http.Idempotency;
import org.db3311.sgc.server.http.Requests;
import org.db3311.sgc.server.security.Caller;
import org.db3311.sgc.server.security.Roles;
import org.db3311.sgc.server.wiring.Centers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The evaluation of staff (9.2.1: 人员考勤情况, 服务质量及中心日常规范遵守情况): attendance, service quality and conduct
 * checks recorded as they happen, and the evaluation of a span of days, one line per member of
 * staff.
 */
@Path("/api/v1/evaluation/staff")
@RequestScoped
@Tag(name = "evaluation", description = "9.2 evaluation")
@SecurityRequirement(name = "bearer")
public class StaffResource {

  @Inject Centers centers;
  @Inject Caller caller;
  @Inject Idempotency idempotency;

  /**
   * {@code POST .../{kind}}: one record. attendance: status; quality: source, score, reference;
   * conduct: rule, compliant, evidence.
   */
  public record RecordRequest(
      String staffId,
      String staffName,
      String day,
      String status,
      String source,
      Integer score,
      String reference,
      String rule,
      Boolean compliant,
      String evidence) {}

  /** A record kept. */
  public record RecordedView(String kind, String staffId, String staffName, String day) {}

  /** A rate with its parts (0/0 when nothing was counted). */
  public record RateView(long numerator, long denominator) {
    static RateView of(Rate r) {
      return new RateView(r.numerator(), r.denominator());
    }
  }

  /** One breach of the center's daily rules. */
  public record BreachView(String day, String rule, String evidence) {}

  /** One member of staff over the span. */
  public record LineView(
      String staffId,
      String staffName,
      RateView attendance,
      RateView punctuality,
      int ratings,
      String averageScore,
      RateView compliance,
      List<BreachView> breaches) {
    static LineView of(StaffEvaluation e) {
      return new LineView(
          e.staff().id(),
          e.staff().name(),
          RateView.of(e.attendance()),
          RateView.of(e.punctuality()),
          e.ratings(),
          e.averageScore().map(Object::toString).orElse(null),
          RateView.of(e.compliance()),
          e.breaches().stream()
              .map(b -> new BreachView(b.day().toString(), b.rule().name(), b.evidence()))
              .toList());
    }
  }

  /** The evaluation of a span. */
  public record EvaluationView(String county, String from, String to, List<LineView> staff) {}

  @POST
  @Path("{kind}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.ADMIN})
  @Operation(
      summary = "Record attendance, a service-quality rating or a conduct check (9.2.1)",
      description =
          "kind is attendance, quality or conduct. Every record names the member of staff"
              + " (staffId, staffName) and the day. Honours Idempotency-Key.")
  public Response record(
      @PathParam("kind") String kind,
      @QueryParam("county") String county,
      @HeaderParam(Idempotency.HEADER) String idempotencyKey,
      String body) {
    Centers.County c = Requests.countyWide(centers, caller, county, "The staff records");
    RecordRequest r = Requests.body(body, RecordRequest.class, "The record");
    Requests.Errors errors = new Requests.Errors();
    String id = errors.text("staffId", r.staffId());
    String name = errors.text("staffName", r.staffName());
    LocalDate day = errors.date("day", r.day());
    Actor staff = id != null && name != null ? new Actor(id, name) : null;
    Runnable save =
        switch (kind) {
          case "attendance" -> {
            AttendanceStatus status =
                errors.enumValue("status", r.status(), AttendanceStatus.class);
            yield () -> use(c).record(new AttendanceRecord(staff, day, status));
          }
          case "quality" -> {
            QualitySource source = errors.enumValue("source", r.source(), QualitySource.class);
            Integer score = errors.required("score", r.score());
            if (score != null && (score < 1 || score > 5)) {
              errors.add("score", "1 to 5, not " + score);
            }
            String reference = errors.text("reference", r.reference());
            yield () ->
                use(c).record(new ServiceQualityRecord(staff, day, source, score, reference));
          }
          case "conduct" -> {
            ConductRule rule = errors.enumValue("rule", r.rule(), ConductRule.class);
            Boolean compliant = errors.required("compliant", r.compliant());
            String evidence = errors.text("evidence", r.evidence());
            yield () -> use(c).record(new ConductCheck(staff, day, rule, compliant, evidence));
          }
          default ->
              throw Requests.notFound(
                  "Records of kind '" + kind + "' (attendance, quality or conduct)");
        };
    errors.throwIfAny("The record");
    return idempotency.once(
        c.store(),
        caller.actor().id(),
        idempotencyKey,
        body,
        () -> {
          save.run();
          return Response.status(Response.Status.CREATED)
              .entity(new RecordedView(kind, id, name, day.toString()))
              .build();
        });
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.ANALYST, Roles.INSPECTOR, Roles.ADMIN})
  @Operation(summary = "The staff evaluation of a span of days, both included (9.2.1)")
  public EvaluationView evaluate(
      @QueryParam("county") String county,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    Centers.County c = Requests.countyWide(centers, caller, county, "The staff evaluation");
    Requests.Errors errors = new Requests.Errors();
    LocalDate f = errors.date("from", from);
    LocalDate t = errors.date("to", to);
    if (f != null && t != null && t.isBefore(f)) {
      errors.add("to", "on or after from");
    }
    errors.throwIfAny("The span");
    return new EvaluationView(
        c.code().value(),
        f.toString(),
        t.toString(),
        use(c).evaluate(new StaffUseCases.Span(f, t)).stream().map(LineView::of).toList());
  }

  private static StaffUseCases use(Centers.County c) {
    return c.center().staff();
  }
}
