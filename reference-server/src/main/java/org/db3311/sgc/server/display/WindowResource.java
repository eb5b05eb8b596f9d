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
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.assessment.profile.ServiceWindow;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.intake.QueueCall;
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
 * The windows of a county's hall, as its center profile lists them, each with its function (5.3.5:
 * 窗口正上方采用电子屏幕等方式标示对应的窗口功能) and the number last called to it; a window calls the next number in
 * order (7.2.1.3: 按序叫号), and the call is shown on the display pages and the MQTT screens.
 */
@Path("/api/v1/windows")
@RequestScoped
@Tag(name = "queue", description = "7.2.1.3 queue numbers and calls; 5.3.5 window screens")
@SecurityRequirement(name = "bearer")
@Implements({"5.3.5", "7.2.1.3"})
public class WindowResource {

  @Inject Centers centers;
  @Inject Displays displays;
  @Inject Caller caller;
  @Inject Idempotency idempotency;

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
      summary = "The hall's windows: function and the number last called (5.3.5, 7.2.1.3)",
      description = "From the center profile of the county's hall (sgc.display.hall-profile).")
  public Response windows(@QueryParam("county") String county) {
    Centers.County c = Requests.countyWide(centers, caller, county, "The windows");
    CountyDisplay d = QueueTicketResource.display(displays, c);
    String code = c.code().value();
    List<QueueViews.WindowView> windows =
        d.hall().windows().stream()
            .map(w -> QueueViews.WindowView.of(code, w, d.latest(w.label())))
            .toList();
    QueueViews.WindowsView view =
        new QueueViews.WindowsView(code, d.hall().source(), windows, d.waiting().size());
    return Response.ok(view).tag(ETags.of(view)).build();
  }

  @GET
  @Path("{window}")
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
  @Operation(summary = "One window: its function and the number last called; ETag for If-Match")
  public Response window(@QueryParam("county") String county, @PathParam("window") String label) {
    Centers.County c = Requests.countyWide(centers, caller, county, "The windows");
    CountyDisplay d = QueueTicketResource.display(displays, c);
    QueueViews.WindowView view = view(c, d, label);
    return Response.ok(view).tag(ETags.of(view)).build();
  }

  @POST
  @Path("{window}/calls")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CLERK, Roles.MEDIATOR, Roles.HANDLER, Roles.ADMIN})
  @Operation(
      summary = "Call the next number to the window (7.2.1.3) and show it on the screens (5.3.5)",
      description =
          "No body. The longest-waiting ticket is called; 409 when nobody waits. If-Match is"
              + " optional: when sent, it must be the window's current ETag (412 otherwise), so"
              + " a second press made against an old state calls nobody. Honours Idempotency-Key:"
              + " a retry answers the first call and calls nobody else. A display board that"
              + " fails is logged and shown on /health/ready; the call is made all the same.")
  public Response call(
      @QueryParam("county") String county,
      @PathParam("window") String label,
      @HeaderParam("If-Match") String ifMatch,
      @HeaderParam(Idempotency.HEADER) String idempotencyKey,
      String body) {
    Centers.County c = Requests.countyWide(centers, caller, county, "The windows");
    CountyDisplay d = QueueTicketResource.display(displays, c);
    view(c, d, label); // 404 for a window the hall does not have
    return idempotency.once(
        c.store(),
        caller.actor().id(),
        idempotencyKey,
        "window " + label + "\n" + (body == null ? "" : body),
        () -> {
          Optional<QueueCall> call =
              d.call(
                  label,
                  () -> {
                    if (ifMatch != null) {
                      ETags.require(ifMatch, view(c, d, label));
                    }
                  });
          if (call.isEmpty()) {
            throw new Problem.Exception(
                new Problem(
                    URI.create("urn:db3311:problem:queue-empty"),
                    "Nobody is waiting",
                    409,
                    "No ticket of county " + c.code().value() + " is waiting to be called.",
                    List.of()));
          }
          QueueViews.WindowView view = view(c, d, label);
          return Response.created(
                  URI.create("/api/v1/windows/" + label + "?county=" + c.code().value()))
              .entity(view)
              .tag(ETags.of(view))
              .build();
        });
  }

  private static QueueViews.WindowView view(Centers.County c, CountyDisplay d, String label) {
    ServiceWindow w =
        d.window(label)
            .orElseThrow(
                () ->
                    Requests.notFound(
                        "Window " + label + " of county " + c.code().value() + "'s hall"));
    return QueueViews.WindowView.of(c.code().value(), w, d.latest(label));
  }
}
