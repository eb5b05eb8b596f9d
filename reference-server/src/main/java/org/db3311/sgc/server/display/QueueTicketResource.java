package org.db3311.sgc.server.display;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import java.util.ArrayList;
import java.util.List;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.intake.QueueTicket;
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
 * Queue numbers of a county's hall (7.2.1.3: 窗口工作人员应做好办事群众引导，按序叫号，有序办事): the ticket kiosk of the
 * waiting zone, or staff for a visitor, takes the next number of the day; the windows call them in
 * order ({@link WindowResource}). The waiting line is held in memory (one instance per hall).
 */
@Path("/api/v1/queue-tickets")
@RequestScoped
@Tag(name = "queue", description = "7.2.1.3 queue numbers and calls; 5.3.5 window screens")
@SecurityRequirement(name = "bearer")
@Implements("7.2.1.3")
public class QueueTicketResource {

  @Inject Centers centers;
  @Inject Displays displays;
  @Inject Caller caller;
  @Inject Idempotency idempotency;

  @POST
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({
    Roles.KIOSK,
    Roles.CLERK,
    Roles.MEDIATOR,
    Roles.HANDLER,
    Roles.SUPERVISOR,
    Roles.LEADER,
    Roles.ADMIN
  })
  @Operation(
      summary = "Take the next queue number of the day (7.2.1.3)",
      description =
          "For the ticket kiosk (role kiosk) or staff. No body. Numbers never repeat within a"
              + " day, restart or not; the waiting line is kept in memory. Honours"
              + " Idempotency-Key, so a kiosk's retry does not print a second number.")
  public Response take(
      @QueryParam("county") String county,
      @HeaderParam(Idempotency.HEADER) String idempotencyKey,
      String body) {
    Centers.County c = Requests.countyWide(centers, caller, county, "The queue");
    CountyDisplay d = display(c);
    return idempotency.once(
        c.store(),
        caller.actor().id(),
        idempotencyKey,
        body,
        () -> {
          QueueTicket t = d.take();
          List<QueueTicket> waiting = d.waiting();
          int ahead = Math.max(0, waiting.indexOf(t));
          QueueViews.TicketView view = QueueViews.TicketView.of(c.code().value(), t, ahead);
          return Response.created(
                  URI.create("/api/v1/queue-tickets/" + t.number() + "?county=" + c.code().value()))
              .entity(view)
              .tag(ETags.of(view))
              .build();
        });
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({
    Roles.KIOSK,
    Roles.CLERK,
    Roles.MEDIATOR,
    Roles.HANDLER,
    Roles.SUPERVISOR,
    Roles.LEADER,
    Roles.INSPECTOR,
    Roles.ADMIN
  })
  @Operation(
      summary = "The tickets waiting, longest-waiting first, paged",
      description = "page from 0, size 1 to 200 (50 by default).")
  public Page<QueueViews.TicketView> waiting(
      @QueryParam("county") String county,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Page.check(page, size);
    Centers.County c = Requests.countyWide(centers, caller, county, "The queue");
    List<QueueTicket> waiting = display(c).waiting();
    List<QueueViews.TicketView> views = new ArrayList<>();
    for (int i = 0; i < waiting.size(); i++) {
      views.add(QueueViews.TicketView.of(c.code().value(), waiting.get(i), i));
    }
    return Page.of(views, page, size);
  }

  @GET
  @Path("{number}")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({
    Roles.KIOSK,
    Roles.CLERK,
    Roles.MEDIATOR,
    Roles.HANDLER,
    Roles.SUPERVISOR,
    Roles.LEADER,
    Roles.INSPECTOR,
    Roles.ADMIN
  })
  @Operation(
      summary = "A waiting ticket and how many wait before it",
      description = "404 once the ticket has been called (or was never issued today).")
  public Response ticket(@QueryParam("county") String county, @PathParam("number") String number) {
    Centers.County c = Requests.countyWide(centers, caller, county, "The queue");
    List<QueueTicket> waiting = display(c).waiting();
    for (int i = 0; i < waiting.size(); i++) {
      if (waiting.get(i).number().equals(number)) {
        QueueViews.TicketView view = QueueViews.TicketView.of(c.code().value(), waiting.get(i), i);
        return Response.ok(view).tag(ETags.of(view)).build();
      }
    }
    throw Requests.notFound("A waiting ticket " + number);
  }

  static CountyDisplay display(Displays displays, Centers.County c) {
    return displays.of(c.code()).orElseThrow(() -> Requests.notServed(c.code().value()));
  }

  private CountyDisplay display(Centers.County c) {
    return display(displays, c);
  }
}
