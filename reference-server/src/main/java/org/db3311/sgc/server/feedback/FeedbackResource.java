package org.db3311.sgc.server.feedback;

import jakarta.annotation.security.PermitAll;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.db3311.sgc.core.common.AuditEntry;
import org.db3311.sgc.core.common.SweepResult;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.evaluation.feedback.AnswerFeedbackUseCase;
import org.db3311.sgc.core.evaluation.feedback.Feedback;
import org.db3311.sgc.core.evaluation.feedback.FeedbackChannel;
import org.db3311.sgc.core.evaluation.feedback.FeedbackKind;
import org.db3311.sgc.core.evaluation.feedback.FeedbackNotFoundException;
import org.db3311.sgc.core.evaluation.feedback.FeedbackSnapshot;
import org.db3311.sgc.core.evaluation.feedback.FeedbackTicket;
import org.db3311.sgc.core.evaluation.feedback.FeedbackUseCases;
import org.db3311.sgc.core.evaluation.feedback.SubmitFeedbackUseCase;
import org.db3311.sgc.core.evaluation.feedback.Verdict;
import org.db3311.sgc.server.feedback.FeedbackView.PublicStatusView;
import org.db3311.sgc.server.http.ETags;
import org.db3311.sgc.server.http.Idempotency;
import org.db3311.sgc.server.http.Page;
import org.db3311.sgc.server.http.PublicAccess;
import org.db3311.sgc.server.http.PublicEndpoint;
import org.db3311.sgc.server.http.Requests;
import org.db3311.sgc.server.problem.Problem;
import org.db3311.sgc.server.security.Caller;
import org.db3311.sgc.server.security.Roles;
import org.db3311.sgc.server.wiring.Centers;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The feedback and complaint channel (意见反馈与投诉渠道, 9.1: 接受群众监督，接受上级组织的监督和指导). Anyone submits an
 * opinion, complaint or praise without a token, naming the county ({@code ?county=331102}), and
 * follows it by its ticket; the answer shows neither what was said nor who said it. Staff record
 * what arrives by phone, letter or from a higher level, read items (the contact masked unless
 * revealed, audited), assign, answer and close them against the state read ({@code If-Match}); an
 * upheld complaint or a higher-level item raises a corrective action (9.3).
 */
@Path("/api/v1/feedback")
@RequestScoped
@Tag(name = "feedback", description = "9.1 the feedback and complaint channel")
public class FeedbackResource {

  /** Staff who record feedback received by phone, letter, on site or from a higher level. */
  static final Set<String> RECORDING =
      Set.of(Roles.CLERK, Roles.SUPERVISOR, Roles.LEADER, Roles.INSPECTOR, Roles.ADMIN);

  /** Staff who answer feedback and so may need to reach the submitter. */
  static final Set<String> MAY_REVEAL = Set.of(Roles.SUPERVISOR, Roles.LEADER, Roles.CLERK);

  /** What the public may bring without a token; the rest is recorded by staff. */
  static final Set<FeedbackKind> PUBLIC_KINDS =
      Set.of(FeedbackKind.OPINION, FeedbackKind.COMPLAINT, FeedbackKind.PRAISE);

  static final Set<FeedbackChannel> PUBLIC_CHANNELS =
      Set.of(FeedbackChannel.WEB, FeedbackChannel.MOBILE);

  @Inject Centers centers;
  @Inject Caller caller;
  @Inject Idempotency idempotency;
  @Inject Clock clock;
  @Inject JsonWebToken token;

  @POST
  @PermitAll
  @PublicEndpoint
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Submit feedback (9.1); no token needed — the answer is the ticket to follow",
      description =
          "Without a token: county is required, kind OPINION, COMPLAINT or PRAISE, channel WEB"
              + " (default) or MOBILE; content up to 2000 characters; contact optional"
              + " (anonymous without). Staff (clerk, supervisor, leader) record any kind and"
              + " channel for their county. Nothing submitted is echoed back. Honours"
              + " Idempotency-Key.")
  public Response submit(
      @QueryParam("county") String county,
      @HeaderParam(Idempotency.HEADER) String idempotencyKey,
      String body) {
    boolean staff = PublicAccess.signedIn(token) && RECORDING.stream().anyMatch(caller::has);
    Centers.County c =
        staff
            ? Requests.countyWide(centers, caller, county, "Feedback")
            : PublicAccess.county(centers, caller, token, county);
    var r = Requests.body(body, FeedbackRequests.SubmitRequest.class, "The feedback");
    Requests.Errors errors = new Requests.Errors();
    FeedbackKind kind = errors.enumValue("kind", r.kind(), FeedbackKind.class);
    if (kind != null && !staff && !PUBLIC_KINDS.contains(kind)) {
      errors.add("kind", "one of " + PUBLIC_KINDS.stream().sorted().toList() + " without a token");
    }
    FeedbackChannel channel =
        r.channel() == null && !staff
            ? FeedbackChannel.WEB
            : errors.enumValue("channel", r.channel(), FeedbackChannel.class);
    if (channel != null && !staff && !PUBLIC_CHANNELS.contains(channel)) {
      errors.add(
          "channel", "one of " + PUBLIC_CHANNELS.stream().sorted().toList() + " without a token");
    }
    String content = errors.text("content", r.content());
    if (content != null && content.length() > FeedbackRequests.MAX_CONTENT) {
      errors.add("content", "at most " + FeedbackRequests.MAX_CONTENT + " characters");
    }
    Optional<UnitId> about =
        r.about() == null
            ? Optional.empty()
            : Optional.ofNullable(errors.attempt("about", () -> UnitId.of(r.about().strip())));
    Optional<String> contact = Optional.ofNullable(r.contact()).map(String::strip);
    if (contact.isPresent()
        && (contact.get().isEmpty() || contact.get().length() > FeedbackRequests.MAX_CONTACT)) {
      errors.add(
          "contact", "1 to " + FeedbackRequests.MAX_CONTACT + " characters, or absent (anonymous)");
    }
    errors.throwIfAny("The feedback");
    var command = new SubmitFeedbackUseCase.Command(kind, channel, content.strip(), about, contact);
    return idempotency.once(
        c.store(),
        PublicAccess.signedIn(token) ? caller.actor().id() : Feedback.PUBLIC.id(),
        idempotencyKey,
        body,
        () -> {
          FeedbackUseCases feedback = c.center().feedback();
          FeedbackTicket ticket = feedback.submit(command);
          String code = FollowCodes.of(c, ticket);
          return Response.created(
                  URI.create(
                      "/api/v1/feedback/"
                          + ticket
                          + "/status?county="
                          + c.code().value()
                          + "&code="
                          + code))
              .entity(PublicStatusView.of(c.code().value(), feedback.status(ticket)).withCode(code))
              .build();
        });
  }

  @GET
  @PermitAll
  @PublicEndpoint
  @Path("{ticket}/status")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Public: the progress of a ticket and the messages sent back (9.1, 9.3.3)",
      description =
          "No token needed: county and the code given at submission are required without one (a"
              + " wrong code answers as an unknown ticket). Shows neither the content nor the"
              + " contact.")
  public PublicStatusView status(
      @QueryParam("county") String county,
      @QueryParam("code") String code,
      @PathParam("ticket") String ticket) {
    Centers.County c = PublicAccess.county(centers, caller, token, county);
    FeedbackTicket t = ticket(ticket);
    if (!PublicAccess.signedIn(token) && !FollowCodes.matches(c, t, code)) {
      // the same answer as for a ticket that does not exist: a guess learns nothing
      throw new FeedbackNotFoundException(t);
    }
    return PublicStatusView.of(c.code().value(), c.center().feedback().status(t));
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "bearer")
  @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR, Roles.LEADER, Roles.INSPECTOR, Roles.ADMIN})
  @Operation(
      summary = "Feedback items, oldest first, paged; by state and kind if given",
      description = "Contacts masked.")
  public Page<FeedbackView> list(
      @QueryParam("county") String county,
      @QueryParam("state") String state,
      @QueryParam("kind") String kind,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Centers.County c = county(county);
    Requests.Errors errors = new Requests.Errors();
    Feedback.State s =
        state == null ? null : errors.enumValue("state", state, Feedback.State.class);
    FeedbackKind k = kind == null ? null : errors.enumValue("kind", kind, FeedbackKind.class);
    errors.throwIfAny("The query");
    Page.check(page, size);
    SweepResult<FeedbackSnapshot> all = c.center().feedback().items();
    return Page.of(
        all.items().stream()
            .filter(f -> s == null || f.state() == s)
            .filter(f -> k == null || f.kind() == k)
            .map(f -> FeedbackView.of(f, false))
            .toList(),
        page,
        size,
        all.failed());
  }

  @GET
  @Path("overdue")
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "bearer")
  @RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.INSPECTOR, Roles.ADMIN})
  @Operation(
      summary = "Items not answered by their deadline (9.1, R9), paged",
      description = "Contacts masked.")
  public Page<FeedbackView> overdue(
      @QueryParam("county") String county,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Centers.County c = county(county);
    Page.check(page, size);
    SweepResult<FeedbackSnapshot> r = c.center().feedback().overdueItems();
    return Page.of(
        r.items().stream().map(f -> FeedbackView.of(f, false)).toList(), page, size, r.failed());
  }

  @GET
  @Path("{ticket}")
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "bearer")
  @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR, Roles.LEADER, Roles.INSPECTOR, Roles.ADMIN})
  @Operation(
      summary = "A feedback item with everything the center holds, with an ETag",
      description =
          "The contact is masked; reveal=true shows it to clerks, supervisors and leaders, and that"
              + " read is audited.")
  public Response item(
      @QueryParam("county") String county,
      @PathParam("ticket") String ticket,
      @QueryParam("reveal") String reveal) {
    Centers.County c = county(county);
    FeedbackSnapshot s = c.center().feedback().item(ticket(ticket));
    boolean shown = "true".equals(reveal);
    if (reveal != null && !shown && !"false".equals(reveal)) {
      throw Requests.invalid("reveal", "true or false");
    }
    if (shown) {
      if (MAY_REVEAL.stream().noneMatch(caller::has)) {
        throw new Problem.Exception(
            new Problem(
                URI.create("urn:db3311:problem:reveal-not-allowed"),
                "Not allowed to see personal data",
                403,
                "Only clerks, supervisors and leaders may see a submitter's contact.",
                List.of()));
      }
      c.store()
          .unitOfWork()
          .inTransaction(
              () -> {
                c.store()
                    .auditTrail()
                    .append(
                        new AuditEntry(
                            clock.instant(),
                            caller.actor(),
                            "Feedback",
                            s.ticket().value(),
                            "PERSONAL_DATA_READ",
                            s.state().name(),
                            s.state().name(),
                            "the submitter's contact shown unmasked"));
                return null;
              });
    }
    return Response.ok(FeedbackView.of(s, shown)).tag(ETags.of(s)).build();
  }

  @POST
  @Path("{ticket}/assignment")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "bearer")
  @RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.ADMIN})
  @Operation(summary = "Assign the item to the unit that answers it; needs If-Match")
  public Response assign(
      @QueryParam("county") String county,
      @PathParam("ticket") String ticket,
      @HeaderParam("If-Match") String ifMatch,
      String body) {
    Centers.County c = county(county);
    FeedbackUseCases feedback = c.center().feedback();
    FeedbackSnapshot s = feedback.item(ticket(ticket));
    ETags.require(ifMatch, s);
    var r = Requests.body(body, FeedbackRequests.AssignRequest.class, "The assignment");
    Requests.Errors errors = new Requests.Errors();
    UnitId unit =
        r.unit() == null
            ? errors.required("unit", null)
            : errors.attempt("unit", () -> UnitId.of(r.unit().strip()));
    errors.throwIfAny("The assignment");
    feedback.assign(new AnswerFeedbackUseCase.Assign(s.ticket(), unit, caller.actor()));
    return current(feedback, s.ticket());
  }

  @POST
  @Path("{ticket}/answer")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "bearer")
  @RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.ADMIN})
  @Operation(
      summary = "Answer the item (9.1); needs If-Match",
      description =
          "A complaint is answered with a verdict (UPHELD or NOT_UPHELD), nothing else is. An"
              + " upheld complaint, or an item of higher-level supervision, raises a corrective"
              + " action for the unit assigned (or named) due by correctBy, which it then needs"
              + " (9.3.1); its re-checks are sent back to the ticket (9.3.3).")
  public Response answer(
      @QueryParam("county") String county,
      @PathParam("ticket") String ticket,
      @HeaderParam("If-Match") String ifMatch,
      String body) {
    Centers.County c = county(county);
    FeedbackUseCases feedback = c.center().feedback();
    FeedbackSnapshot s = feedback.item(ticket(ticket));
    ETags.require(ifMatch, s);
    var r = Requests.body(body, FeedbackRequests.AnswerRequest.class, "The answer");
    Requests.Errors errors = new Requests.Errors();
    String reply = errors.text("reply", r.reply());
    Optional<Verdict> verdict =
        r.verdict() == null
            ? Optional.empty()
            : Optional.ofNullable(errors.enumValue("verdict", r.verdict(), Verdict.class));
    if (s.kind() == FeedbackKind.COMPLAINT && r.verdict() == null) {
      errors.add("verdict", "required for a complaint: UPHELD or NOT_UPHELD");
    }
    if (s.kind() != FeedbackKind.COMPLAINT && r.verdict() != null) {
      errors.add("verdict", "only a complaint has a verdict");
    }
    boolean raises =
        verdict.equals(Optional.of(Verdict.UPHELD))
            || s.kind() == FeedbackKind.HIGHER_LEVEL_SUPERVISION;
    LocalDate correctBy;
    if (r.correctBy() != null || raises) {
      correctBy = errors.date("correctBy", r.correctBy());
    } else {
      // the core reads the date only for an answer that raises a corrective action
      correctBy = s.answerDue();
    }
    errors.throwIfAny("The answer");
    feedback.answer(
        new AnswerFeedbackUseCase.Answer(s.ticket(), reply, verdict, correctBy, caller.actor()));
    return current(feedback, s.ticket());
  }

  @POST
  @Path("{ticket}/closure")
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "bearer")
  @RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.ADMIN})
  @Operation(summary = "Close an answered item; needs If-Match")
  public Response close(
      @QueryParam("county") String county,
      @PathParam("ticket") String ticket,
      @HeaderParam("If-Match") String ifMatch) {
    Centers.County c = county(county);
    FeedbackUseCases feedback = c.center().feedback();
    FeedbackSnapshot s = feedback.item(ticket(ticket));
    ETags.require(ifMatch, s);
    feedback.close(new AnswerFeedbackUseCase.Close(s.ticket(), caller.actor()));
    return current(feedback, s.ticket());
  }

  private static Response current(FeedbackUseCases feedback, FeedbackTicket ticket) {
    FeedbackSnapshot s = feedback.item(ticket);
    return Response.ok(FeedbackView.of(s, false)).tag(ETags.of(s)).build();
  }

  private Centers.County county(String county) {
    return Requests.countyWide(centers, caller, county, "Feedback");
  }

  /** A ticket as a path names it, e.g. FB-2026-00001; 400 for anything else. */
  static FeedbackTicket ticket(String text) {
    if (text == null || !text.matches("[A-Za-z0-9][A-Za-z0-9-]{0,39}")) {
      throw Requests.invalid("ticket", "a ticket such as FB-2026-00001");
    }
    return FeedbackTicket.of(text);
  }
}
