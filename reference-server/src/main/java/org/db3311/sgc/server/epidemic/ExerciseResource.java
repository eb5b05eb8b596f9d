package org.db3311.sgc.server.epidemic;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.db3311.sgc.core.epidemic.Exercise;
import org.db3311.sgc.core.epidemic.ExerciseUseCases;
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
 * Training and drills of the center's staff (6.7.1.2: 防疫工作培训, 疫情防控应急演练): what was held, with its
 * evidence, and the gaps in their regularity over a span of days.
 */
@Path("/api/v1/epidemic/exercises")
@RequestScoped
@Tag(name = "epidemic", description = "6.7 epidemic control: peacetime and wartime")
@SecurityRequirement(name = "bearer")
public class ExerciseResource {

  @Inject Centers centers;
  @Inject Caller caller;
  @Inject Idempotency idempotency;

  /** {@code POST}: an exercise held. */
  public record ExerciseRequest(
      String kind,
      String date,
      String topic,
      Integer participants,
      String evidence,
      Boolean asNeeded) {}

  /** An exercise as kept. */
  public record ExerciseView(
      String kind, String date, String topic, int participants, String evidence, boolean asNeeded) {
    static ExerciseView of(Exercise e) {
      return new ExerciseView(
          e.kind().name(),
          e.date().toString(),
          e.topic(),
          e.participants(),
          e.evidence(),
          e.asNeeded());
    }
  }

  /** The exercises of a span. */

  /** A gap found. */
  public record FindingView(String kind, String from, String to, String message) {}

  /** The regularity of a span: regular when nothing is found. */
  public record RegularityView(
      String county, String from, String to, boolean regular, List<FindingView> findings) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.ADMIN})
  @Operation(
      summary = "Record a training or drill held (6.7.1.2)",
      description =
          "kind TRAINING or DRILL; date not after today; participants at least 1; evidence (sign-in"
              + " sheet, photos) required. Honours Idempotency-Key.")
  public Response record(
      @QueryParam("county") String county,
      @HeaderParam(Idempotency.HEADER) String idempotencyKey,
      String body) {
    Centers.County c = Requests.countyWide(centers, caller, county, "The exercises");
    ExerciseRequest r = Requests.body(body, ExerciseRequest.class, "The exercise");
    Requests.Errors errors = new Requests.Errors();
    Exercise.Kind kind = errors.enumValue("kind", r.kind(), Exercise.Kind.class);
    LocalDate date = errors.date("date", r.date());
    String topic = errors.text("topic", r.topic());
    Integer participants = errors.required("participants", r.participants());
    if (participants != null && participants < 1) {
      errors.add("participants", "at least 1");
    }
    String evidence = errors.text("evidence", r.evidence());
    errors.throwIfAny("The exercise");
    Exercise exercise =
        new Exercise(kind, date, topic, participants, evidence, Boolean.TRUE.equals(r.asNeeded()));
    return idempotency.once(
        c.store(),
        caller.actor().id(),
        idempotencyKey,
        body,
        () -> {
          Exercise kept =
              c.center()
                  .exercises()
                  .record(new ExerciseUseCases.RecordExercise(exercise, caller.actor()));
          return Response.created(
                  URI.create(
                      "/api/v1/epidemic/exercises?county="
                          + c.code().value()
                          + "&from="
                          + kept.date()
                          + "&to="
                          + kept.date()))
              .entity(ExerciseView.of(kept))
              .build();
        });
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.ANALYST, Roles.INSPECTOR, Roles.ADMIN})
  @Operation(
      summary = "The training and drills held in a span of days, both included (6.7.1.2)",
      description = "Oldest first; page from 0, size 1 to 200 (50 by default).")
  public Page<ExerciseView> exercises(
      @QueryParam("county") String county,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Page.check(page, size);
    Centers.County c = Requests.countyWide(centers, caller, county, "The exercises");
    ExerciseUseCases.Span span = span(from, to);
    return Page.of(
        c.center().exercises().exercises(span).stream().map(ExerciseView::of).toList(), page, size);
  }

  @GET
  @Path("regularity")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.ANALYST, Roles.INSPECTOR, Roles.ADMIN})
  @Operation(
      summary =
          "Gaps in training and drills over a span, and trainings owed after wartime (6.7.1.2)",
      description =
          "The intervals are the deployment's data (the standard says regularly and routinely"
              + " without numbers): by default a training each 92 days, a drill each 183 days, a"
              + " training within 7 days of wartime declared.")
  public RegularityView regularity(
      @QueryParam("county") String county,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    Centers.County c = Requests.countyWide(centers, caller, county, "The exercises");
    ExerciseUseCases.Span span = span(from, to);
    List<FindingView> findings =
        c.center().exercises().regularity(span).stream()
            .map(
                f ->
                    new FindingView(
                        f.kind().name(), f.from().toString(), f.to().toString(), f.message()))
            .toList();
    return new RegularityView(
        c.code().value(),
        span.from().toString(),
        span.to().toString(),
        findings.isEmpty(),
        findings);
  }

  private static ExerciseUseCases.Span span(String from, String to) {
    Requests.Errors errors = new Requests.Errors();
    LocalDate f = errors.date("from", from);
    LocalDate t = errors.date("to", to);
    if (f != null && t != null && t.isBefore(f)) {
      errors.add("to", "on or after from");
    }
    errors.throwIfAny("The span");
    return new ExerciseUseCases.Span(f, t);
  }
}
