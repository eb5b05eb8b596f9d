package org.db3311.sgc.server.intake;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
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
import java.util.List;
import org.db3311.sgc.adapter.jpa.JpaStore;
import org.db3311.sgc.core.GovernanceCenter;
import org.db3311.sgc.core.common.AuditEntry;
import org.db3311.sgc.core.common.AuditTrail;
import org.db3311.sgc.core.intake.DecideIntakeUseCase;
import org.db3311.sgc.core.intake.IntakeDecision;
import org.db3311.sgc.core.intake.MatterSnapshot;
import org.db3311.sgc.core.intake.Refusal;
import org.db3311.sgc.core.intake.RegisterMatterUseCase;
import org.db3311.sgc.core.intake.Registration;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.intake.SubmitMaterialsUseCase;
import org.db3311.sgc.core.intake.WithdrawMatterUseCase;
import org.db3311.sgc.server.http.ETags;
import org.db3311.sgc.server.http.Idempotency;
import org.db3311.sgc.server.http.Requests;
import org.db3311.sgc.server.problem.Problem;
import org.db3311.sgc.server.security.Caller;
import org.db3311.sgc.server.security.Roles;
import org.db3311.sgc.server.wiring.Centers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Intake (6.1): register a matter from any channel, supplement its materials, decide on it,
 * withdraw it; read it with its history; print the one-time supplement notice and the receipt.
 * Every request is confined to the caller's division. One instance serves every request (it keeps
 * no state of its own; the caller is request-scoped): creating and injecting it per request cost a
 * read 4 % of its CPU.
 */
@Path("/api/v1/matters")
@ApplicationScoped
@Tag(name = "intake", description = "6.1 intake: registration, materials, decision")
@SecurityRequirement(name = "bearer")
public class MatterResource {

  @Inject Centers centers;
  @Inject Caller caller;
  @Inject Idempotency idempotency;
  @Inject Clock clock;

  /** The receipt of a registration. */
  public record Receipt(
      String number,
      String state,
      boolean alreadyRegistered,
      List<MatterView.LinkView> links,
      List<String> flags,
      List<String> warnings) {}

  /** What a decision gave. */
  public record DecisionView(
      String outcome,
      String number,
      MatterView.NoticeView notice,
      MatterView.RefusalView refusal,
      List<MatterView.ItemView> rejectedItems,
      String reason) {}

  /** One entry of a matter's history (the audit trail). */
  public record HistoryEntry(
      String at, String actor, String action, String fromState, String toState, String detail) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CLERK, Roles.ADMIN})
  @Operation(
      summary = "Register a matter (6.1.1)",
      description =
          "Registers a matter from any channel. A transfer whose source reference was registered"
              + " before answers 200 with the existing number. Honours Idempotency-Key.")
  public Response register(String body, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
    MatterRequests.RegisterRequest request = parse(body, MatterRequests.RegisterRequest.class);
    Registration registration = MatterRequests.registration(request);
    caller.requireCovers(registration.place(), "The matter's place");
    Centers.County county =
        centers
            .of(registration.place().county())
            .orElseThrow(() -> Requests.notServed(registration.place().county().value()));
    GovernanceCenter center = county.center();
    return idempotency.once(
        county.store(),
        caller.actor().id(),
        idempotencyKey,
        body,
        () -> {
          var receipt =
              center
                  .intake()
                  .register(new RegisterMatterUseCase.Command(registration, caller.actor()));
          Receipt view =
              new Receipt(
                  receipt.number().toString(),
                  receipt.state().name(),
                  receipt.alreadyRegistered(),
                  receipt.links().stream().map(MatterView.LinkView::of).toList(),
                  receipt.flags().stream().map(Enum::name).sorted().toList(),
                  receipt.warnings());
          return Response.status(receipt.alreadyRegistered() ? 200 : 201)
              .location(URI.create("/api/v1/matters/" + receipt.number()))
              .entity(view)
              .build();
        });
  }

  @GET
  @Path("{number}")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({
    Roles.CLERK,
    Roles.MEDIATOR,
    Roles.HANDLER,
    Roles.SUPERVISOR,
    Roles.LEADER,
    Roles.ANALYST,
    Roles.ARCHIVIST,
    Roles.INSPECTOR,
    Roles.ADMIN
  })
  @Operation(
      summary = "A matter, with an ETag",
      description =
          "Identity numbers and phones are masked; reveal=true shows them to clerks, mediators"
              + " and handlers, and that read is audited.")
  public Response matter(@PathParam("number") String number, @QueryParam("reveal") boolean reveal) {
    MatterSnapshot s = visible(number);
    if (reveal) {
      if (Roles.MAY_REVEAL.stream().noneMatch(caller::has)) {
        throw new Problem.Exception(
            new Problem(
                URI.create("urn:db3311:problem:reveal-not-allowed"),
                "Not allowed to see personal data",
                403,
                "Only clerks, mediators and handlers may see identity numbers and phones unmasked.",
                List.of()));
      }
      JpaStore store = county(s.number()).store();
      AuditTrail audit = store.auditTrail();
      store
          .unitOfWork()
          .inTransaction(
              () -> {
                audit.append(
                    new AuditEntry(
                        clock.instant(),
                        caller.actor(),
                        "Matter",
                        s.number().toString(),
                        "PERSONAL_DATA_READ",
                        s.state().name(),
                        s.state().name(),
                        "identity numbers and phones shown unmasked"));
                return null;
              });
    }
    RenderedMatters.Rendered answer = RenderedMatters.of(s, reveal);
    return Response.ok(answer.json()).tag(answer.tag()).build();
  }

  @GET
  @Path("{number}/history")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({
    Roles.CLERK,
    Roles.MEDIATOR,
    Roles.HANDLER,
    Roles.SUPERVISOR,
    Roles.LEADER,
    Roles.ARCHIVIST,
    Roles.INSPECTOR,
    Roles.ADMIN
  })
  @Operation(summary = "Every recorded step of a matter, oldest first")
  public List<HistoryEntry> history(@PathParam("number") String number) {
    MatterSnapshot s = visible(number);
    JpaStore store = county(s.number()).store();
    AuditTrail audit = store.auditTrail();
    List<AuditEntry> entries =
        store.unitOfWork().inTransaction(() -> audit.of("Matter", s.number().toString()));
    return entries.stream()
        .map(
            e ->
                new HistoryEntry(
                    e.at().toString(),
                    e.actor().name(),
                    e.action(),
                    e.fromState(),
                    e.toState(),
                    e.detail()))
        .toList();
  }

  @POST
  @Path("{number}/materials")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CLERK, Roles.ADMIN})
  @Operation(summary = "Submit materials for a matter (supplement); needs If-Match")
  public Response submit(
      @PathParam("number") String number, @HeaderParam("If-Match") String ifMatch, String body) {
    MatterSnapshot s = visible(number);
    ETags.require(ifMatch, s);
    MatterRequests.MaterialsRequest request = parse(body, MatterRequests.MaterialsRequest.class);
    Requests.Errors errors = new Requests.Errors();
    var materials =
        MatterRequests.materials(
            errors, "materials", request == null ? null : request.materials(), true);
    errors.throwIfAny("The submission");
    center(s.number())
        .intake()
        .submit(new SubmitMaterialsUseCase.Command(s.number(), materials, caller.actor()));
    return current(s.number());
  }

  @POST
  @Path("{number}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CLERK, Roles.ADMIN})
  @Operation(
      summary =
          "Decide on a matter (6.1.1.1): REVIEW (accept, or one supplement notice) or REFUSE;"
              + " needs If-Match")
  public Response decide(
      @PathParam("number") String number, @HeaderParam("If-Match") String ifMatch, String body) {
    MatterSnapshot s = visible(number);
    ETags.require(ifMatch, s);
    MatterRequests.DecisionRequest request = parse(body, MatterRequests.DecisionRequest.class);
    Requests.Errors errors = new Requests.Errors();
    DecideIntakeUseCase.Verdict verdict = null;
    if (request == null || request.verdict() == null) {
      errors.add("verdict", "required: REVIEW or REFUSE");
    } else {
      switch (request.verdict()) {
        case "REVIEW" ->
            verdict =
                new DecideIntakeUseCase.Verdict.Review(
                    MatterRequests.defects(errors, request.defects()));
        case "REFUSE" -> {
          Refusal refusal =
              errors.attempt("reason", () -> new Refusal(request.reason(), request.redirectTo()));
          verdict = refusal == null ? null : new DecideIntakeUseCase.Verdict.Refuse(refusal);
        }
        default -> errors.add("verdict", "'" + request.verdict() + "' is not REVIEW or REFUSE");
      }
    }
    errors.throwIfAny("The decision");
    IntakeDecision d =
        center(s.number())
            .intake()
            .decide(new DecideIntakeUseCase.Command(s.number(), verdict, caller.actor()));
    DecisionView view =
        switch (d) {
          case IntakeDecision.Accepted a ->
              new DecisionView("ACCEPTED", a.number().toString(), null, null, List.of(), null);
          case IntakeDecision.SupplementRequested r ->
              new DecisionView(
                  "SUPPLEMENT_REQUESTED",
                  r.number().toString(),
                  MatterView.NoticeView.of(r.notice()),
                  null,
                  List.of(),
                  null);
          case IntakeDecision.Refused r ->
              new DecisionView(
                  "REFUSED",
                  r.number().toString(),
                  null,
                  new MatterView.RefusalView(r.refusal().reason(), r.refusal().redirectTo()),
                  List.of(),
                  null);
          case IntakeDecision.ReviewRejected r ->
              new DecisionView(
                  "REVIEW_REJECTED",
                  r.number().toString(),
                  null,
                  null,
                  r.items().stream().map(MatterView.ItemView::of).toList(),
                  r.reason());
        };
    MatterSnapshot after = center(s.number()).intake().matter(s.number());
    return Response.status(d instanceof IntakeDecision.ReviewRejected ? 409 : 200)
        .entity(view)
        .tag(ETags.of(after))
        .build();
  }

  @POST
  @Path("{number}/withdrawal")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CLERK, Roles.ADMIN})
  @Operation(summary = "Withdraw a matter at the applicant's request; needs If-Match")
  public Response withdraw(
      @PathParam("number") String number, @HeaderParam("If-Match") String ifMatch, String body) {
    MatterSnapshot s = visible(number);
    ETags.require(ifMatch, s);
    MatterRequests.WithdrawalRequest request = parse(body, MatterRequests.WithdrawalRequest.class);
    Requests.Errors errors = new Requests.Errors();
    var command =
        errors.attempt(
            "reason",
            () ->
                new WithdrawMatterUseCase.Command(
                    s.number(), request == null ? null : request.reason(), caller.actor()));
    errors.throwIfAny("The withdrawal");
    center(s.number()).intake().withdraw(command);
    return current(s.number());
  }

  @GET
  @Path("{number}/notice")
  @Produces(MediaType.TEXT_HTML)
  @RolesAllowed({Roles.CLERK, Roles.ADMIN})
  @Operation(
      summary = "The one-time supplement notice (6.1.1.1), printable",
      description = "The latest notice, or the one numbered n.")
  public Response notice(@PathParam("number") String number, @QueryParam("n") Integer n) {
    MatterSnapshot s = visible(number);
    String code = MatterFollowCodes.of(county(s.number()), s.number());
    return Response.ok(Printables.notice(s, n, code)).type("text/html; charset=UTF-8").build();
  }

  @GET
  @Path("{number}/receipt")
  @Produces(MediaType.TEXT_HTML)
  @RolesAllowed({Roles.CLERK, Roles.ADMIN})
  @Operation(summary = "The registration receipt, printable")
  public Response receipt(@PathParam("number") String number) {
    MatterSnapshot s = visible(number);
    String code = MatterFollowCodes.of(county(s.number()), s.number());
    return Response.ok(Printables.receipt(s, code)).type("text/html; charset=UTF-8").build();
  }

  private Response current(RegistrationNumber number) {
    MatterSnapshot after = center(number).intake().matter(number);
    return Response.ok(MatterView.of(after, false)).tag(ETags.of(after)).build();
  }

  /** The matter, if it exists and lies in the caller's division. */
  private MatterSnapshot visible(String number) {
    RegistrationNumber n = RegistrationNumber.parse(number);
    MatterSnapshot s = center(n).intake().matter(n);
    caller.requireCovers(s.registration().place(), "Matter " + n);
    return s;
  }

  private GovernanceCenter center(RegistrationNumber n) {
    return county(n).center();
  }

  private Centers.County county(RegistrationNumber n) {
    return Requests.county(centers, n);
  }

  /** The body as {@code type}, every JSON value checked for its type first (400 naming it). */
  static <T> T parse(String body, Class<T> type) {
    return Requests.parse(body, type);
  }
}
