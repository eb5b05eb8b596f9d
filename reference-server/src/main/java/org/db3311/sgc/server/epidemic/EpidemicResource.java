package org.db3311.sgc.server.epidemic;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.db3311.sgc.core.epidemic.EpidemicMode;
import org.db3311.sgc.core.epidemic.EpidemicUseCases;
import org.db3311.sgc.core.epidemic.ModeSwitchResult;
import org.db3311.sgc.core.epidemic.SwitchEpidemicModeUseCase;
import org.db3311.sgc.server.http.ETags;
import org.db3311.sgc.server.http.Requests;
import org.db3311.sgc.server.security.Caller;
import org.db3311.sgc.server.security.Roles;
import org.db3311.sgc.server.wiring.Centers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The epidemic-control mechanism of a county (6.7.1.1): the mode in force (peacetime or wartime),
 * every switch with who made it and why, and the switch itself, made against the state read ({@code
 * If-Match}).
 */
@Path("/api/v1/epidemic/mode")
@RequestScoped
@Tag(name = "epidemic", description = "6.7 epidemic control: peacetime and wartime")
@SecurityRequirement(name = "bearer")
public class EpidemicResource {

  @Inject Centers centers;
  @Inject Caller caller;

  /** The mode in force and its history. */
  public record ModeView(String county, String mode, List<SwitchView> switches) {}

  /** One switch of mode. */
  public record SwitchView(String from, String to, String at, String by, String reason) {}

  /** {@code PUT}: the mode to switch to and why. */
  public record SwitchRequest(String to, String reason) {}

  /** What a switch did, with the items it could not carry over. */
  public record SwitchResultView(ModeView now, List<String> failed) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.LEADER, Roles.SUPERVISOR, Roles.ANALYST, Roles.INSPECTOR, Roles.ADMIN})
  @Operation(summary = "The epidemic mode in force and every switch (6.7.1.1), with an ETag")
  public Response mode(@QueryParam("county") String county) {
    Centers.County c = Requests.countyWide(centers, caller, county, "The epidemic mode");
    EpidemicUseCases epidemic = c.center().epidemic();
    ModeView view = view(c, epidemic);
    return Response.ok(view).tag(ETags.of(view)).build();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.LEADER, Roles.ADMIN})
  @Operation(summary = "Switch the epidemic mode (6.7.1.1); needs If-Match and a reason")
  public Response switchMode(
      @QueryParam("county") String county, @HeaderParam("If-Match") String ifMatch, String body) {
    Centers.County c = Requests.countyWide(centers, caller, county, "The epidemic mode");
    EpidemicUseCases epidemic = c.center().epidemic();
    ETags.require(ifMatch, view(c, epidemic));
    SwitchRequest r = Requests.body(body, SwitchRequest.class, "The switch");
    Requests.Errors errors = new Requests.Errors();
    EpidemicMode to = errors.enumValue("to", r.to(), EpidemicMode.class);
    String reason = errors.text("reason", r.reason());
    errors.throwIfAny("The switch");
    ModeSwitchResult result =
        epidemic.switchMode(new SwitchEpidemicModeUseCase.Command(to, caller.actor(), reason));
    ModeView now = view(c, epidemic);
    return Response.ok(
            new SwitchResultView(
                now, result.failed().stream().map(f -> f.item() + ": " + f.reason()).toList()))
        .tag(ETags.of(now))
        .build();
  }

  private static ModeView view(Centers.County c, EpidemicUseCases epidemic) {
    return new ModeView(
        c.code().value(),
        epidemic.mode().name(),
        epidemic.switches().stream()
            .map(
                s ->
                    new SwitchView(
                        s.from().name(),
                        s.to().name(),
                        s.at().toString(),
                        s.by().name(),
                        s.reason()))
            .toList());
  }
}
