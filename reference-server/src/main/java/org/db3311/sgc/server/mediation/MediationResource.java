package org.db3311.sgc.server.mediation;

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
import java.util.Optional;
import org.db3311.sgc.adapter.jpa.JpaMediationCaseRepository;
import org.db3311.sgc.core.intake.MatterSnapshot;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.mediation.AssessSuitabilityUseCase;
import org.db3311.sgc.core.mediation.CloseMediationUseCase;
import org.db3311.sgc.core.mediation.ConcludeMediationUseCase;
import org.db3311.sgc.core.mediation.MediationCase;
import org.db3311.sgc.core.mediation.MediationCaseId;
import org.db3311.sgc.core.mediation.MediationRecord;
import org.db3311.sgc.core.mediation.MediationSnapshot;
import org.db3311.sgc.core.mediation.MediationUseCases;
import org.db3311.sgc.core.mediation.OpenMediationUseCase;
import org.db3311.sgc.core.mediation.RecordConsentUseCase;
import org.db3311.sgc.core.mediation.RecordSessionUseCase;
import org.db3311.sgc.core.mediation.ReferToLitigationUseCase;
import org.db3311.sgc.core.mediation.RouteMediationUseCase;
import org.db3311.sgc.core.mediation.ScheduleSessionUseCase;
import org.db3311.sgc.server.http.ETags;
import org.db3311.sgc.server.http.Idempotency;
import org.db3311.sgc.server.http.Requests;
import org.db3311.sgc.server.security.Caller;
import org.db3311.sgc.server.security.Roles;
import org.db3311.sgc.server.wiring.Centers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Mediation (调解, 6.2.1.1): open it for an accepted dispute, assess suitability, record each party's
 * consent, route it by the routing table, schedule and record sessions, conclude with an agreement
 * or a failure, refer a failure to online litigation filing, close. A case is addressed as its id
 * reads, {@code /api/v1/mediations/331102-20261203-0001/M1}; every request is confined to the
 * caller's division, judged by the matter's place.
 */
@Path("/api/v1/mediations")
@RequestScoped
@Tag(name = "mediation", description = "6.2.1.1 mediation: suitability, consent, routing, sessions")
@SecurityRequirement(name = "bearer")
public class MediationResource {

  static final String CASE = "{matter}/M{attempt: [0-9]+}";

  @Inject Centers centers;
  @Inject Caller caller;
  @Inject Idempotency idempotency;

  /** The mediation cases of one matter, oldest first. */
  public record CaseList(String matter, List<MediationView> cases) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CLERK, Roles.MEDIATOR, Roles.ADMIN})
  @Operation(
      summary = "Open mediation for an accepted dispute (6.2.1.1)",
      description =
          "The matter goes into handling on the dispute-resolution track. Honours"
              + " Idempotency-Key.")
  public Response open(String body, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
    MediationRequests.OpenRequest request =
        Requests.body(body, MediationRequests.OpenRequest.class, "The opening");
    Requests.Errors errors = new Requests.Errors();
    RegistrationNumber n = errors.matter("matter", request.matter());
    errors.throwIfAny("The opening");
    Centers.County county = Requests.county(centers, n);
    MatterSnapshot m = county.center().intake().matter(n);
    caller.requireCovers(m.registration().place(), "Matter " + n);
    return idempotency.once(
        county.store(),
        caller.actor().id(),
        idempotencyKey,
        body,
        () -> {
          MediationCaseId id =
              county.center().mediation().open(new OpenMediationUseCase.Command(n, caller.actor()));
          MediationSnapshot s = find(county, id);
          return Response.created(URI.create("/api/v1/mediations/" + id))
              .entity(MediationView.of(s))
              .tag(ETags.of(s))
              .build();
        });
  }

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
  @Operation(summary = "The mediation cases of a matter, oldest first")
  public CaseList ofMatter(@QueryParam("matter") String matter) {
    Requests.Errors errors = new Requests.Errors();
    RegistrationNumber n = errors.matter("matter", matter);
    errors.throwIfAny("The query");
    Centers.County county = Requests.county(centers, n);
    MatterSnapshot m = county.center().intake().matter(n);
    caller.requireCovers(m.registration().place(), "Matter " + n);
    List<MediationCase> cases = new JpaMediationCaseRepository(county.store()).ofMatter(n);
    return new CaseList(
        n.toString(),
        cases.stream()
            .map(MediationCase::snapshot)
            .sorted((a, b) -> Integer.compare(a.id().attempt(), b.id().attempt()))
            .map(MediationView::of)
            .toList());
  }

  @GET
  @Path(CASE)
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
  @Operation(summary = "A mediation case, with an ETag")
  public Response mediation(@PathParam("matter") String matter, @PathParam("attempt") int attempt) {
    MediationSnapshot s = visible(matter, attempt);
    return Response.ok(MediationView.of(s)).tag(ETags.of(s)).build();
  }

  @POST
  @Path(CASE + "/suitability")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.MEDIATOR, Roles.ADMIN})
  @Operation(summary = "Record whether the dispute is suitable for mediation; needs If-Match")
  public Response suitability(
      @PathParam("matter") String matter,
      @PathParam("attempt") int attempt,
      @HeaderParam("If-Match") String ifMatch,
      String body) {
    MediationSnapshot s = visible(matter, attempt);
    ETags.require(ifMatch, s);
    var r = Requests.body(body, MediationRequests.SuitabilityRequest.class, "The assessment");
    Requests.Errors errors = new Requests.Errors();
    Boolean suitable = errors.required("suitable", r.suitable());
    errors.text("reasons", r.reasons());
    errors.throwIfAny("The assessment");
    use(s)
        .assess(
            new AssessSuitabilityUseCase.Command(s.id(), suitable, r.reasons(), caller.actor()));
    return current(s.id());
  }

  @POST
  @Path(CASE + "/consents")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.MEDIATOR, Roles.ADMIN})
  @Operation(
      summary = "Record a party's consent to, or refusal of, mediation (6.2.1.1.1); needs If-Match",
      description = "party is the party's position in the matter's party list, from 0.")
  public Response consent(
      @PathParam("matter") String matter,
      @PathParam("attempt") int attempt,
      @HeaderParam("If-Match") String ifMatch,
      String body) {
    MediationSnapshot s = visible(matter, attempt);
    ETags.require(ifMatch, s);
    var r = Requests.body(body, MediationRequests.ConsentRequest.class, "The consent");
    Requests.Errors errors = new Requests.Errors();
    Integer party = errors.required("party", r.party());
    Boolean agrees = errors.required("agrees", r.agrees());
    if (party != null && (party < 0 || party >= s.parties().size())) {
      errors.add("party", "a position from 0 to " + (s.parties().size() - 1));
    }
    errors.throwIfAny("The consent");
    use(s)
        .recordConsent(
            new RecordConsentUseCase.Command(
                s.id(), party, agrees, Boolean.TRUE.equals(r.informed()), caller.actor()));
    return current(s.id());
  }

  @POST
  @Path(CASE + "/routing")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.MEDIATOR, Roles.ADMIN})
  @Operation(
      summary =
          "Route the consented dispute by the routing table and put it under supervision"
              + " (6.2.1.1.1, 6.2.1.1.2, 6.2.1.3); needs If-Match")
  public Response route(
      @PathParam("matter") String matter,
      @PathParam("attempt") int attempt,
      @HeaderParam("If-Match") String ifMatch) {
    MediationSnapshot s = visible(matter, attempt);
    ETags.require(ifMatch, s);
    use(s).route(new RouteMediationUseCase.Command(s.id(), caller.actor()));
    return current(s.id());
  }

  @POST
  @Path(CASE + "/sessions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.MEDIATOR, Roles.ADMIN})
  @Operation(
      summary = "Schedule a session, online by video or at the center (6.2.1.1.2); needs If-Match",
      description =
          "Without a mode the applicant's choice at the 解纷码 entry decides (6.1.1.2.1); an"
              + " offline session the applicant chose names the party who booked it.")
  public Response schedule(
      @PathParam("matter") String matter,
      @PathParam("attempt") int attempt,
      @HeaderParam("If-Match") String ifMatch,
      String body) {
    MediationSnapshot s = visible(matter, attempt);
    ETags.require(ifMatch, s);
    var r = Requests.body(body, MediationRequests.SessionRequest.class, "The session");
    Requests.Errors errors = new Requests.Errors();
    Optional<ScheduleSessionUseCase.Mode> mode = MediationRequests.mode(errors, r);
    var startsAt = errors.instant("startsAt", r.startsAt());
    errors.throwIfAny("The session");
    var command =
        errors.attempt(
            "bookedBy",
            () ->
                new ScheduleSessionUseCase.Command(
                    s.id(), mode, startsAt, Optional.ofNullable(r.bookedBy()), caller.actor()));
    errors.throwIfAny("The session");
    use(s).schedule(command);
    return current(s.id());
  }

  @POST
  @Path(CASE + "/records")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.MEDIATOR, Roles.ADMIN})
  @Operation(summary = "Record a session that was held (调解笔录); needs If-Match")
  public Response record(
      @PathParam("matter") String matter,
      @PathParam("attempt") int attempt,
      @HeaderParam("If-Match") String ifMatch,
      String body) {
    MediationSnapshot s = visible(matter, attempt);
    ETags.require(ifMatch, s);
    var r = Requests.body(body, MediationRequests.RecordRequest.class, "The record");
    Requests.Errors errors = new Requests.Errors();
    MediationRecord record = MediationRequests.record(errors, r);
    errors.throwIfAny("The record");
    use(s).recordSession(new RecordSessionUseCase.Command(s.id(), record, caller.actor()));
    return current(s.id());
  }

  @POST
  @Path(CASE + "/conclusion")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.MEDIATOR, Roles.ADMIN})
  @Operation(
      summary = "Conclude with an AGREEMENT (调解协议书) or a FAILURE; needs If-Match",
      description =
          "An agreement's judicial confirmation due date is counted on the working calendar and"
              + " shown as provisional when its year is (R10).")
  public Response conclude(
      @PathParam("matter") String matter,
      @PathParam("attempt") int attempt,
      @HeaderParam("If-Match") String ifMatch,
      String body) {
    MediationSnapshot s = visible(matter, attempt);
    ETags.require(ifMatch, s);
    var r = Requests.body(body, MediationRequests.ConclusionRequest.class, "The conclusion");
    Requests.Errors errors = new Requests.Errors();
    ConcludeMediationUseCase.Outcome outcome = MediationRequests.outcome(errors, r);
    errors.throwIfAny("The conclusion");
    use(s).conclude(new ConcludeMediationUseCase.Command(s.id(), outcome, caller.actor()));
    return current(s.id());
  }

  @POST
  @Path(CASE + "/litigation")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.MEDIATOR, Roles.ADMIN})
  @Operation(
      summary =
          "After a failure, apply for online litigation filing with the case file (6.2.1.1.2);"
              + " needs If-Match")
  public Response referToLitigation(
      @PathParam("matter") String matter,
      @PathParam("attempt") int attempt,
      @HeaderParam("If-Match") String ifMatch) {
    MediationSnapshot s = visible(matter, attempt);
    ETags.require(ifMatch, s);
    use(s).refer(new ReferToLitigationUseCase.Command(s.id(), caller.actor()));
    return current(s.id());
  }

  @POST
  @Path(CASE + "/closure")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.MEDIATOR, Roles.ADMIN})
  @Operation(
      summary = "Close the case; the matter closes with its result unless it went onward",
      description = "Needs If-Match.")
  public Response close(
      @PathParam("matter") String matter,
      @PathParam("attempt") int attempt,
      @HeaderParam("If-Match") String ifMatch) {
    MediationSnapshot s = visible(matter, attempt);
    ETags.require(ifMatch, s);
    use(s).close(new CloseMediationUseCase.Command(s.id(), caller.actor()));
    return current(s.id());
  }

  private Response current(MediationCaseId id) {
    MediationSnapshot after = find(Requests.county(centers, id.matter()), id);
    return Response.ok(MediationView.of(after)).tag(ETags.of(after)).build();
  }

  private MediationUseCases use(MediationSnapshot s) {
    return Requests.county(centers, s.id().matter()).center().mediation();
  }

  /** The case, if it exists and its matter lies in the caller's division. */
  private MediationSnapshot visible(String matter, int attempt) {
    RegistrationNumber n = Requests.number(matter);
    if (attempt < 1) {
      throw Requests.invalid("attempt", "attempts are numbered from 1");
    }
    Centers.County county = Requests.county(centers, n);
    MatterSnapshot m = county.center().intake().matter(n);
    caller.requireCovers(m.registration().place(), "Matter " + n);
    return find(county, new MediationCaseId(n, attempt));
  }

  static MediationSnapshot find(Centers.County county, MediationCaseId id) {
    return new JpaMediationCaseRepository(county.store())
        .find(id)
        .map(MediationCase::snapshot)
        .orElseThrow(() -> Requests.notFound("Mediation " + id));
  }
}
