package org.db3311.sgc.server.security;

import io.helidon.microprofile.security.SecurityCdiExtension;
import io.helidon.security.AuthenticationResponse;
import io.helidon.security.ProviderRequest;
import io.helidon.security.Role;
import io.helidon.security.Subject;
import io.helidon.security.spi.SubjectMappingProvider;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.db3311.sgc.server.wiring.InspectionTenant;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * An inspector of the inspection tenant acts there with every staff role, so that the conformance
 * kit can exercise every use case without a token per role. The widening is done where Helidon
 * authenticates the bearer token (a subject mapping after MP-JWT), so {@code @RolesAllowed} sees
 * it, and {@link Caller#roles()} sees the same. It applies only to a token whose {@code division}
 * is the tenant's county exactly: such a caller's division scope covers the tenant and nothing
 * else, so the widened roles reach no real county. With the tenant off, nothing is widened.
 */
@ApplicationScoped
public class TenantInspectors {

  /** Every role of a center's staff: what a tenant inspector holds in the tenant. */
  public static final List<String> STAFF =
      List.of(
          Roles.CLERK,
          Roles.MEDIATOR,
          Roles.HANDLER,
          Roles.SUPERVISOR,
          Roles.LEADER,
          Roles.ANALYST,
          Roles.ARCHIVIST,
          Roles.ADMIN);

  @Inject InspectionTenant tenant;

  /** Whether a token with these groups and this division acts with every staff role. */
  public boolean widens(String division, Set<String> groups) {
    return tenant.enabled()
        && groups.contains(Roles.INSPECTOR)
        && tenant.county().value().equals(division);
  }

  /**
   * Registers the mapping with Helidon security after MP-JWT registers its provider (priority 5)
   * and before security is built (priority 1000).
   */
  void register(
      @Observes @Priority(20) @Initialized(ApplicationScoped.class) Object ignored,
      BeanManager bm) {
    SecurityCdiExtension security = bm.getExtension(SecurityCdiExtension.class);
    security.securityBuilder().subjectMappingProvider(new Mapper(this));
  }

  /** Adds the staff roles to the authenticated user of a tenant inspector's token. */
  static final class Mapper implements SubjectMappingProvider {
    private final TenantInspectors inspectors;

    Mapper(TenantInspectors inspectors) {
      this.inspectors = inspectors;
    }

    @Override
    public AuthenticationResponse map(ProviderRequest request, AuthenticationResponse previous) {
      if (previous.user().isEmpty()
          || !(previous.user().get().principal() instanceof JsonWebToken jwt)) {
        return previous;
      }
      Set<String> groups = jwt.getGroups() == null ? Set.of() : jwt.getGroups();
      if (!inspectors.widens(Caller.text(jwt.getClaim("division")), groups)) {
        return previous;
      }
      Subject.Builder user = Subject.builder().update(previous.user().get());
      for (String role : STAFF) {
        if (!groups.contains(role)) {
          user.addGrant(Role.create(role));
        }
      }
      return previous.service().isPresent()
          ? AuthenticationResponse.success(user.build(), previous.service().get())
          : AuthenticationResponse.success(user.build());
    }
  }
}
