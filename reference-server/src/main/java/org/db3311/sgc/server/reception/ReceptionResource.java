package org.db3311.sgc.server.reception;

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
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.adapter.jpa.JpaReceptionRepository;
import org.db3311.sgc.core.intake.Material;
import org.db3311.sgc.core.intake.MatterParty;
import org.db3311.sgc.core.intake.Party;
import org.db3311.sgc.core.intake.Place;
import org.db3311.sgc.core.reception.BookReceptionUseCase;
import org.db3311.sgc.core.reception.CountyLeader;
import org.db3311.sgc.core.reception.PlanRotaUseCase;
import org.db3311.sgc.core.reception.PublishRotaUseCase;
import org.db3311.sgc.core.reception.ReceiveVisitorUseCase;
import org.db3311.sgc.core.reception.ReceptionBooking;
import org.db3311.sgc.core.reception.ReceptionBookingSnapshot;
import org.db3311.sgc.core.reception.ReceptionMode;
import org.db3311.sgc.core.reception.ReceptionRota;
import org.db3311.sgc.core.reception.ReceptionRotaSnapshot;
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
 * Leader reception (领导接访, 6.2.1.2): the monthly rota of receiving county leaders, bookings of
 * appointments and invitations on a published day, and receiving a visitor (6.1.1.3: registered on
 * the leader-reception channel). The county is the caller's own, or {@code ?county=} for staff of a
 * wider division.
 */
@Path("/api/v1/reception")
@RequestScoped
@Tag(name = "reception", description = "6.2.1.2 leader reception: rota, bookings, visits")
@SecurityRequirement(name = "bearer")
public class ReceptionResource {

  @Inject Centers centers;
  @Inject Caller caller;
  @Inject Idempotency idempotency;

  @POST
  @Path("rotas")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.LEADER, Roles.ADMIN})
  @Operation(
      summary = "Plan a month's reception rota (6.2.1.2), as a draft",
      description = "The leaders take the working days in turn. Honours Idempotency-Key.")
  public Response plan(
      @QueryParam("county") String county,
      String body,
      @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
    Centers.County c = county(county);
    var r = Requests.body(body, ReceptionRequests.PlanRequest.class, "The plan");
    Requests.Errors errors = new Requests.Errors();
    YearMonth month = errors.month("month", r.month());
    List<CountyLeader> leaders = ReceptionRequests.leaders(errors, r.leaders());
    errors.throwIfAny("The plan");
    return idempotency.once(
        c.store(),
        caller.actor().id(),
        idempotencyKey,
        body,
        () -> {
          c.center().reception().plan(new PlanRotaUseCase.Plan(month, leaders, caller.actor()));
          ReceptionRotaSnapshot s = rota(c, month);
          return Response.created(
                  URI.create("/api/v1/reception/rotas/" + month + "?county=" + c.code().value()))
              .entity(ReceptionView.RotaView.of(c.code().value(), s))
              .tag(ETags.of(s))
              .build();
        });
  }

  @GET
  @Path("rotas/{month}")
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
  @Operation(summary = "A month's reception rota, with an ETag")
  public Response rota(@PathParam("month") String month, @QueryParam("county") String county) {
    Centers.County c = county(county);
    ReceptionRotaSnapshot s = rota(c, month(month));
    return Response.ok(ReceptionView.RotaView.of(c.code().value(), s)).tag(ETags.of(s)).build();
  }

  @POST
  @Path("rotas/{month}/days")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.LEADER, Roles.ADMIN})
  @Operation(summary = "Assign a day of the month to a leader; needs If-Match")
  public Response assignDay(
      @PathParam("month") String month,
      @QueryParam("county") String county,
      @HeaderParam("If-Match") String ifMatch,
      String body) {
    Centers.County c = county(county);
    YearMonth m = month(month);
    ETags.require(ifMatch, rota(c, m));
    var r = Requests.body(body, ReceptionRequests.DayRequest.class, "The day");
    Requests.Errors errors = new Requests.Errors();
    LocalDate date = errors.date("date", r.date());
    CountyLeader leader = ReceptionRequests.leader(errors, "leader", r.leader());
    if (date != null && !YearMonth.from(date).equals(m)) {
      errors.add("date", date + " is not in " + m);
    }
    errors.throwIfAny("The day");
    c.center().reception().assignDay(new PlanRotaUseCase.AssignDay(date, leader, caller.actor()));
    return currentRota(c, m);
  }

  @POST
  @Path("rotas/{month}/revision")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.LEADER, Roles.ADMIN})
  @Operation(summary = "Revise a rota, saying why; needs If-Match")
  public Response revise(
      @PathParam("month") String month,
      @QueryParam("county") String county,
      @HeaderParam("If-Match") String ifMatch,
      String body) {
    Centers.County c = county(county);
    YearMonth m = month(month);
    ETags.require(ifMatch, rota(c, m));
    var r = Requests.body(body, ReceptionRequests.RevisionRequest.class, "The revision");
    Requests.Errors errors = new Requests.Errors();
    errors.text("reason", r.reason());
    errors.throwIfAny("The revision");
    c.center().reception().revise(new PlanRotaUseCase.Revise(m, r.reason(), caller.actor()));
    return currentRota(c, m);
  }

  @POST
  @Path("rotas/{month}/publication")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.LEADER, Roles.ADMIN})
  @Operation(
      summary = "Publish the rota: one leader on every working day (6.2.1.2)",
      description = "Needs If-Match. A rota that misses a working day is not published: 422.")
  public Response publish(
      @PathParam("month") String month,
      @QueryParam("county") String county,
      @HeaderParam("If-Match") String ifMatch) {
    Centers.County c = county(county);
    YearMonth m = month(month);
    ETags.require(ifMatch, rota(c, m));
    List<String> findings =
        c.center().reception().publish(new PublishRotaUseCase.Command(m, caller.actor()));
    if (!findings.isEmpty()) {
      throw new Problem.Exception(
          new Problem(
              URI.create("urn:db3311:problem:rota-incomplete"),
              "Rota not published",
              422,
              "The reception rota of " + m + " is incomplete (6.2.1.2); see 'errors'.",
              findings.stream().map(f -> new Problem.FieldError("days", f)).toList()));
    }
    return currentRota(c, m);
  }

  @POST
  @Path("bookings")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CLERK, Roles.ADMIN})
  @Operation(
      summary = "Book an appointment or invitation on a published reception day (6.2.1.2)",
      description =
          "201 with the booking; 409 when the slot is full, the visitor already booked that day or"
              + " the day is not bookable. Honours Idempotency-Key.")
  public Response book(
      @QueryParam("county") String county,
      String body,
      @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
    Centers.County c = county(county);
    var r = Requests.body(body, ReceptionRequests.BookRequest.class, "The booking");
    Requests.Errors errors = new Requests.Errors();
    ReceptionMode mode = errors.enumValue("mode", r.mode(), ReceptionMode.class);
    if (mode == ReceptionMode.RANDOM_WALK_IN) {
      errors.add("mode", "a walk-in needs no booking: APPOINTMENT or INVITED");
    }
    LocalDate date = errors.date("date", r.date());
    Party visitor = ReceptionRequests.party(errors, "visitor", r.visitor());
    errors.text("subject", r.subject());
    errors.throwIfAny("The booking");
    var command =
        new BookReceptionUseCase.Book(
            mode, date, ReceptionRequests.text(r.slot()), visitor, r.subject(), caller.actor());
    return idempotency.once(
        c.store(),
        caller.actor().id(),
        idempotencyKey,
        body,
        () ->
            switch (c.center().reception().book(command)) {
              case BookReceptionUseCase.BookingOutcome.Booked b -> {
                ReceptionBookingSnapshot s = booking(c, b.id());
                yield Response.created(
                        URI.create(
                            "/api/v1/reception/bookings/" + b.id() + "?county=" + c.code().value()))
                    .entity(ReceptionView.BookingView.of(c.code().value(), s))
                    .tag(ETags.of(s))
                    .build();
              }
              case BookReceptionUseCase.BookingOutcome.SlotFull f ->
                  throw refused(
                      "slot-full",
                      "Slot full",
                      "The slot "
                          + f.slot()
                          + " on "
                          + f.date()
                          + " is full ("
                          + f.capacity()
                          + " places).");
              case BookReceptionUseCase.BookingOutcome.AlreadyBooked a ->
                  throw refused(
                      "already-booked",
                      "Already booked",
                      "The visitor already holds booking "
                          + a.existing()
                          + " on "
                          + a.date()
                          + ".");
              case BookReceptionUseCase.BookingOutcome.NotBookable n ->
                  throw refused("not-bookable", "Not bookable", n.reason() + ".");
            });
  }

  @GET
  @Path("bookings/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CLERK, Roles.LEADER, Roles.SUPERVISOR, Roles.INSPECTOR, Roles.ADMIN})
  @Operation(summary = "A booking, the visitor's identifiers masked, with an ETag")
  public Response booking(@PathParam("id") String id, @QueryParam("county") String county) {
    Centers.County c = county(county);
    ReceptionBookingSnapshot s = booking(c, id);
    return Response.ok(ReceptionView.BookingView.of(c.code().value(), s)).tag(ETags.of(s)).build();
  }

  @POST
  @Path("bookings/{id}/changes")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CLERK, Roles.ADMIN})
  @Operation(summary = "CONFIRM, CANCEL (with a reason) or mark a NO_SHOW; needs If-Match")
  public Response change(
      @PathParam("id") String id,
      @QueryParam("county") String county,
      @HeaderParam("If-Match") String ifMatch,
      String body) {
    Centers.County c = county(county);
    ETags.require(ifMatch, booking(c, id));
    var r = Requests.body(body, ReceptionRequests.ChangeRequest.class, "The change");
    Requests.Errors errors = new Requests.Errors();
    ReceptionRequests.Change change =
        errors.enumValue("change", r.change(), ReceptionRequests.Change.class);
    if (change == ReceptionRequests.Change.CANCEL) {
      errors.text("reason", r.reason());
    }
    errors.throwIfAny("The change");
    BookReceptionUseCase.Change ch =
        switch (change) {
          case CONFIRM -> new BookReceptionUseCase.Change.Confirm();
          case CANCEL -> new BookReceptionUseCase.Change.Cancel(r.reason());
          case NO_SHOW -> new BookReceptionUseCase.Change.NoShow();
        };
    c.center().reception().manage(new BookReceptionUseCase.Manage(id, ch, caller.actor()));
    ReceptionBookingSnapshot after = booking(c, id);
    return Response.ok(ReceptionView.BookingView.of(c.code().value(), after))
        .tag(ETags.of(after))
        .build();
  }

  @POST
  @Path("visits")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CLERK, Roles.LEADER, Roles.ADMIN})
  @Operation(
      summary = "Receive a visitor (6.2.1.2, 6.1.1.3): registers the matter",
      description =
          "Only the leader on today's published rota receives; a booked visitor's booking is"
              + " marked received. 409 when the leader is not on the rota today. Honours"
              + " Idempotency-Key.")
  public Response receive(String body, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
    var r = Requests.body(body, ReceptionRequests.VisitRequest.class, "The visit");
    Requests.Errors errors = new Requests.Errors();
    CountyLeader leader = ReceptionRequests.leader(errors, "leader", r.leader());
    ReceptionMode mode = errors.enumValue("mode", r.mode(), ReceptionMode.class);
    Optional<String> booking = ReceptionRequests.text(r.booking());
    if (mode != null && (mode == ReceptionMode.RANDOM_WALK_IN) != booking.isEmpty()) {
      errors.add("booking", "walk-ins have no booking; appointments and invitations name theirs");
    }
    List<MatterParty> parties = ReceptionRequests.parties(errors, r.parties());
    errors.text("category", r.category());
    Place place = ReceptionRequests.place(errors, r.place());
    errors.text("description", r.description());
    List<Material.Submitted> materials = ReceptionRequests.materials(errors, r.materials());
    errors.throwIfAny("The visit");
    caller.requireCovers(place, "The visit's place");
    Centers.County c =
        centers.of(place.county()).orElseThrow(() -> Requests.notServed(place.county().value()));
    var command =
        new ReceiveVisitorUseCase.Command(
            leader,
            mode,
            booking,
            parties,
            r.category().strip(),
            place,
            r.description(),
            materials,
            caller.actor());
    return idempotency.once(
        c.store(),
        caller.actor().id(),
        idempotencyKey,
        body,
        () ->
            switch (c.center().reception().receive(command)) {
              case ReceiveVisitorUseCase.Outcome.Registered reg ->
                  Response.created(URI.create("/api/v1/matters/" + reg.matter()))
                      .entity(new ReceptionView.VisitView(reg.matter().toString(), r.booking()))
                      .build();
              case ReceiveVisitorUseCase.Outcome.NotOnRota n ->
                  throw refused("not-on-rota", "Leader not on the rota", n.reason() + ".");
            });
  }

  private Response currentRota(Centers.County c, YearMonth m) {
    ReceptionRotaSnapshot after = rota(c, m);
    return Response.ok(ReceptionView.RotaView.of(c.code().value(), after))
        .tag(ETags.of(after))
        .build();
  }

  private Centers.County county(String county) {
    return Requests.countyWide(centers, caller, county, "Leader reception");
  }

  private static YearMonth month(String text) {
    Requests.Errors errors = new Requests.Errors();
    YearMonth m = errors.month("month", text);
    errors.throwIfAny("The path");
    return m;
  }

  private static Problem.Exception refused(String type, String title, String detail) {
    return new Problem.Exception(
        new Problem(URI.create("urn:db3311:problem:" + type), title, 409, detail, List.of()));
  }

  static ReceptionRotaSnapshot rota(Centers.County c, YearMonth month) {
    return new JpaReceptionRepository(c.store())
        .rota(month)
        .map(ReceptionRota::snapshot)
        .orElseThrow(() -> Requests.notFound("The reception rota of " + month));
  }

  static ReceptionBookingSnapshot booking(Centers.County c, String id) {
    return new JpaReceptionRepository(c.store())
        .booking(id)
        .map(ReceptionBooking::snapshot)
        .orElseThrow(() -> Requests.notFound("Booking " + id));
  }
}
