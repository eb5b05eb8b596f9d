package org.db3311.sgc.server.security;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.db3311.sgc.server.http.PublicEndpoint;
import org.db3311.sgc.server.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Tokens for the seeded demo users, in the embedded profile only: {@code POST /api/v1/auth/token}
 * with {@code {"username": "clerk.liandu", "password": "demo"}}.
 */
@Path("/api/v1/auth/token")
@ApplicationScoped
@PublicEndpoint
@PermitAll
@Tag(name = "auth", description = "Demo tokens (embedded profile only)")
public class TokenResource {

  @Inject Clock clock;
  @Inject org.db3311.sgc.server.wiring.InspectionTenant tenant;

  /** A login request. */
  public record Login(String username, String password) {}

  /** A bearer token, as OAuth 2.0 token responses name its fields. */
  public record Token(String access_token, String token_type, long expires_in) {}

  /**
   * With the inspection tenant on, the demo inspector works for the tenant's county, so that the
   * kit can log in and act there at once; otherwise it keeps its province-wide read access.
   */
  private DemoIssuer.DemoUser forTenant(DemoIssuer.DemoUser u) {
    if (!tenant.enabled() || !u.username().equals(DemoIssuer.INSPECTOR)) {
      return u;
    }
    return new DemoIssuer.DemoUser(u.username(), u.name(), tenant.county().value(), u.roles());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "A bearer token for a demo user (embedded profile only)")
  public Token token(Login login) {
    if (!DemoIssuer.allowed()) {
      throw new Problem.Exception(
          new Problem(
              URI.create("urn:db3311:problem:demo-issuer-disabled"),
              "No demo issuer",
              404,
              "This deployment runs the production profile: tokens come from the county's identity"
                  + " provider.",
              List.of()));
    }
    if (login == null) {
      throw new Problem.Exception(
          new Problem(
              URI.create("urn:db3311:problem:invalid-request"),
              "Invalid request",
              400,
              "Send {\"username\": …, \"password\": …}.",
              List.of()));
    }
    DemoIssuer issuer = DemoIssuer.instance();
    return issuer
        .authenticate(login.username(), login.password())
        .map(this::forTenant)
        .map(
            u ->
                new Token(
                    issuer.issue(u, clock.instant()), "Bearer", DemoIssuer.LIFETIME.toSeconds()))
        .orElseThrow(
            () ->
                new Problem.Exception(
                    new Problem(
                        URI.create("urn:db3311:problem:bad-credentials"),
                        "Unknown user or wrong password",
                        401,
                        "The demo users are listed in the README; their password is 'demo'.",
                        List.of())));
  }
}
