package org.db3311.sgc.server.followup;

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
import org.db3311.sgc.adapter.jpa.JpaFollowUpRepository;
import org.db3311.sgc.core.followup.ConcludeFollowUpUseCase;
import org.db3311.sgc.core.followup.FollowUp;
import org.db3311.sgc.core.followup.FollowUpId;
import org.db3311.sgc.core.followup.FollowUpSnapshot;
import org.db3311.sgc.core.followup.RecordSurveyUseCase;
import org.db3311.sgc.core.followup.Satisfaction;
import org.db3311.sgc.core.followup.SurveyMethod;
import org.db3311.sgc.core.intake.MatterSnapshot;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.server.http.ETags;
import org.db3311.sgc.server.http.Requests;
import org.db3311.sgc.server.security.Caller;
import org.db3311.sgc.server.security.Roles;
import org.db3311.sgc.server.wiring.Centers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Follow-up (回访, 6.2.1.4): a matter's close opens one, and every party is told the result
 * (6.2.1.4.1) before anything else; then the satisfaction survey (6.2.1.4.2), reopening after a
 * dissatisfied answer, and concluding. A follow-up is addressed as its id reads, {@code
 * /api/v1/follow-ups/331102-20261203-0001/F1}; every request is confined to the caller's division,
 * judged by the matter's place.
 */
@Path("/api/v1/follow-ups")
@RequestScoped
@Tag(name = "follow-up", description = "6.2.1.4 result notices and satisfaction surveys")
@SecurityRequirement(name = "bearer")
public class FollowUpResource {

  static final String ONE = "{matter}/F{round: [0-9]+}";

  @Inject Centers centers;
  @Inject Caller caller;

  /** The follow-ups of one matter, one per round of handling. */
  public record FollowUpList(String matter, List<FollowUpView> followUps) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({
    Roles.CLERK,
    Roles.MEDIATOR,
    Roles.HANDLER,
    Roles.SUPERVISOR,
    Roles.LEADER,
    Roles.INSPECTOR,
    Roles.ADMIN
  })
  @Operation(summary = "The follow-ups of a matter, oldest first")
  public FollowUpList ofMatter(@QueryParam("matter") String matter) {
    Requests.Errors errors = new Requests.Errors();
    RegistrationNumber n = errors.matter("matter", matter);
    errors.throwIfAny("The query");
    Centers.County county = Requests.county(centers, n);
    MatterSnapshot m = county.center().intake().matter(n);
    caller.requireCovers(m.registration().place(), "Matter " + n);
    return new FollowUpList(
        n.toString(),
        new JpaFollowUpRepository(county.store())
            .ofMatter(n).stream()
                .map(FollowUp::snapshot)
                .sorted(Comparator.comparingInt(s -> s.id().round()))
                .map(FollowUpView::of)
                .toList());
  }

  @GET
  @Path(ONE)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({
    Roles.CLERK,
    Roles.MEDIATOR,
    Roles.HANDLER,
    Roles.SUPERVISOR,
    Roles.LEADER,
    Roles.INSPECTOR,
    Roles.ADMIN
  })
  @Operation(summary = "A follow-up with its result notices and answers, with an ETag")
  public Response followUp(@PathParam("matter") String matter, @PathParam("round") int round) {
    FollowUpSnapshot s = visible(matter, round);
    return Response.ok(FollowUpView.of(s)).tag(ETags.of(s)).build();
  }

  @POST
  @Path(ONE + "/answers")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CLERK, Roles.HANDLER, Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(summary = "Record one party's satisfaction survey answer (6.2.1.4.2); needs If-Match")
  public Response answer(
      @PathParam("matter") String matter,
      @PathParam("round") int round,
      @HeaderParam("If-Match") String ifMatch,
      String body) {
    FollowUpSnapshot s = visible(matter, round);
    ETags.require(ifMatch, s);
    var r = Requests.body(body, FollowUpRequests.AnswerRequest.class, "The answer");
    Requests.Errors errors = new Requests.Errors();
    errors.text("respondent", r.respondent());
    SurveyMethod method = errors.enumValue("method", r.method(), SurveyMethod.class);
    Satisfaction answer = errors.enumValue("answer", r.answer(), Satisfaction.class);
    if (r.respondent() != null && !s.parties().contains(r.respondent())) {
      errors.add("respondent", "'" + r.respondent() + "' is not one of " + s.parties());
    }
    errors.throwIfAny("The answer");
    Requests.county(centers, s.id().matter())
        .center()
        .followUp()
        .record(
            new RecordSurveyUseCase.Command(
                s.id(),
                r.respondent(),
                method,
                answer,
                r.comment() == null ? "" : r.comment(),
                caller.actor()));
    return current(s.id());
  }

  @POST
  @Path(ONE + "/reopening")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.ADMIN})
  @Operation(
      summary =
          "After a dissatisfied answer, reopen the matter into handling under supervision again"
              + " (6.2.1.3); needs If-Match")
  public Response reopen(
      @PathParam("matter") String matter,
      @PathParam("round") int round,
      @HeaderParam("If-Match") String ifMatch,
      String body) {
    FollowUpSnapshot s = visible(matter, round);
    ETags.require(ifMatch, s);
    var r = Requests.body(body, FollowUpRequests.ReopenRequest.class, "The reopening");
    Requests.Errors errors = new Requests.Errors();
    errors.text("reason", r.reason());
    errors.throwIfAny("The reopening");
    Requests.county(centers, s.id().matter())
        .center()
        .followUp()
        .reopen(new ConcludeFollowUpUseCase.Reopen(s.id(), r.reason(), caller.actor()));
    return current(s.id());
  }

  @POST
  @Path(ONE + "/conclusion")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.ADMIN})
  @Operation(summary = "Conclude the follow-up; needs If-Match")
  public Response conclude(
      @PathParam("matter") String matter,
      @PathParam("round") int round,
      @HeaderParam("If-Match") String ifMatch) {
    FollowUpSnapshot s = visible(matter, round);
    ETags.require(ifMatch, s);
    Requests.county(centers, s.id().matter())
        .center()
        .followUp()
        .conclude(new ConcludeFollowUpUseCase.Conclude(s.id(), caller.actor()));
    return current(s.id());
  }

  private Response current(FollowUpId id) {
    FollowUpSnapshot after =
        Requests.county(centers, id.matter()).center().followUp().followUp(id).snapshot();
    return Response.ok(FollowUpView.of(after)).tag(ETags.of(after)).build();
  }

  /** The follow-up, if it exists and its matter lies in the caller's division. */
  private FollowUpSnapshot visible(String matter, int round) {
    RegistrationNumber n = Requests.number(matter);
    if (round < 1) {
      throw Requests.invalid("round", "rounds are numbered from 1");
    }
    Centers.County county = Requests.county(centers, n);
    MatterSnapshot m = county.center().intake().matter(n);
    caller.requireCovers(m.registration().place(), "Matter " + n);
    return county.center().followUp().followUp(new FollowUpId(n, round)).snapshot();
  }
}
