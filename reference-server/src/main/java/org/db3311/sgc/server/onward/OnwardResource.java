package org.db3311.sgc.server.onward;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import org.db3311.sgc.adapter.jpa.JpaMediationCaseRepository;
import org.db3311.sgc.adapter.jpa.JpaOnwardReferralRepository;
import org.db3311.sgc.core.intake.MatterSnapshot;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.mediation.MediationCase;
import org.db3311.sgc.core.mediation.MediationCaseId;
import org.db3311.sgc.core.mediation.MediationSnapshot;
import org.db3311.sgc.core.onward.OnwardReferral;
import org.db3311.sgc.core.onward.OnwardReferralId;
import org.db3311.sgc.core.onward.OnwardReferralSnapshot;
import org.db3311.sgc.core.onward.RecordStepUseCase;
import org.db3311.sgc.core.onward.ReferOnwardUseCase;
import org.db3311.sgc.core.onward.ReportBack;
import org.db3311.sgc.core.onward.ReportBackUseCase;
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
 * The onward roads (6.2) for a dispute mediation did not settle: labour arbitration, litigation
 * filing, administrative reconsideration, the 信访 procedure with 复查/复核, legal aid. A referral runs
 * on its statutory clocks and stays supervised (6.2.1.3) until the body reports back; that closes
 * the matter, and the parties are then told the result (6.2.1.4.1). A referral is addressed as its
 * id reads, {@code /api/v1/onward/331102-20261203-0001/O1}; every request is confined to the
 * caller's division, judged by the matter's place.
 */
@Path("/api/v1/onward")
@RequestScoped
@Tag(name = "onward", description = "6.2 onward roads: arbitration, litigation, 信访, legal aid")
@SecurityRequirement(name = "bearer")
public class OnwardResource {

  static final String ONE = "{matter}/O{number: [0-9]+}";

  @Inject Centers centers;
  @Inject Caller caller;
  @Inject Idempotency idempotency;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.MEDIATOR, Roles.ADMIN})
  @Operation(
      summary = "Refer an unsettled dispute onward (6.2)",
      description =
          "The mediation case is routed onward: If-Match carries the mediation case's ETag."
              + " Honours Idempotency-Key.")
  public Response refer(
      String body,
      @HeaderParam("If-Match") String ifMatch,
      @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
    var r = Requests.body(body, OnwardRequests.ReferRequest.class, "The referral");
    Requests.Errors errors = new Requests.Errors();
    ReferOnwardUseCase.Command command = OnwardRequests.refer(errors, r, caller.actor());
    errors.throwIfAny("The referral");
    MediationCaseId mediation = command.mediation();
    Centers.County county = Requests.county(centers, mediation.matter());
    MatterSnapshot m = county.center().intake().matter(mediation.matter());
    caller.requireCovers(m.registration().place(), "Matter " + mediation.matter());
    MediationSnapshot before =
        new JpaMediationCaseRepository(county.store())
            .find(mediation)
            .map(MediationCase::snapshot)
            .orElseThrow(() -> Requests.notFound("Mediation " + mediation));
    return idempotency.once(
        county.store(),
        caller.actor().id(),
        idempotencyKey,
        body,
        () -> {
          ETags.require(ifMatch, before);
          OnwardReferralId id = county.center().onward().refer(command);
          OnwardReferralSnapshot s = find(county, id);
          return Response.created(URI.create("/api/v1/onward/" + id))
              .entity(OnwardView.of(s))
              .tag(ETags.of(s))
              .build();
        });
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
  @Operation(summary = "An onward referral with its clocks and steps, with an ETag")
  public Response referral(@PathParam("matter") String matter, @PathParam("number") int number) {
    OnwardReferralSnapshot s = visible(matter, number);
    return Response.ok(OnwardView.of(s)).tag(ETags.of(s)).build();
  }

  @POST
  @Path(ONE + "/steps")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.MEDIATOR, Roles.HANDLER, Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(
      summary = "Record a step the receiving body reported (6.2.1.3); needs If-Match",
      description =
          "Acceptance, non-acceptance, an approved extension, the decision, and for the 信访 road"
              + " the 复查 and 复核 requests and opinions; each stops or starts its clock.")
  public Response step(
      @PathParam("matter") String matter,
      @PathParam("number") int number,
      @HeaderParam("If-Match") String ifMatch,
      String body) {
    OnwardReferralSnapshot s = visible(matter, number);
    ETags.require(ifMatch, s);
    var r = Requests.body(body, OnwardRequests.StepRequest.class, "The step");
    Requests.Errors errors = new Requests.Errors();
    LocalDate on = OnwardRequests.on(errors, r.on());
    RecordStepUseCase.Step step = OnwardRequests.step(errors, r);
    errors.throwIfAny("The step");
    Centers.County county = Requests.county(centers, s.id().matter());
    county
        .center()
        .onward()
        .record(new RecordStepUseCase.Command(s.id(), on, step, caller.actor()));
    return current(county, s.id());
  }

  @POST
  @Path(ONE + "/report")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.MEDIATOR, Roles.HANDLER, Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(
      summary =
          "Record the body's report back (6.2.1.3, 6.2.1.4.1): the matter closes with its"
              + " conclusion; needs If-Match")
  public Response report(
      @PathParam("matter") String matter,
      @PathParam("number") int number,
      @HeaderParam("If-Match") String ifMatch,
      String body) {
    OnwardReferralSnapshot s = visible(matter, number);
    ETags.require(ifMatch, s);
    var r = Requests.body(body, OnwardRequests.ReportRequest.class, "The report");
    Requests.Errors errors = new Requests.Errors();
    LocalDate on = errors.date("on", r.on());
    errors.text("reportId", r.reportId());
    errors.text("conclusion", r.conclusion());
    Boolean settled = errors.required("settled", r.settled());
    errors.throwIfAny("The report");
    ReportBack report = new ReportBack(r.reportId(), on, r.conclusion(), settled);
    Centers.County county = Requests.county(centers, s.id().matter());
    county
        .center()
        .onward()
        .reportBack(new ReportBackUseCase.Command(s.id(), report, caller.actor()));
    return current(county, s.id());
  }

  private Response current(Centers.County county, OnwardReferralId id) {
    OnwardReferralSnapshot after = find(county, id);
    return Response.ok(OnwardView.of(after)).tag(ETags.of(after)).build();
  }

  /** The referral, if it exists and its matter lies in the caller's division. */
  private OnwardReferralSnapshot visible(String matter, int number) {
    RegistrationNumber n = Requests.number(matter);
    if (number < 1) {
      throw Requests.invalid("number", "referrals are numbered from 1");
    }
    Centers.County county = Requests.county(centers, n);
    MatterSnapshot m = county.center().intake().matter(n);
    caller.requireCovers(m.registration().place(), "Matter " + n);
    return find(county, new OnwardReferralId(n, number));
  }

  static OnwardReferralSnapshot find(Centers.County county, OnwardReferralId id) {
    return new JpaOnwardReferralRepository(county.store())
        .find(id)
        .map(OnwardReferral::snapshot)
        .orElseThrow(() -> Requests.notFound("Onward referral " + id));
  }
}
