package org.db3311.sgc.server.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.db3311.sgc.core.catalog.ClauseCatalog;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only once the clause catalog, which every answer of the server refers to, has loaded. */
@Readiness
@ApplicationScoped
public class CatalogReadiness implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    try {
      int size = ClauseCatalog.standard().size();
      return HealthCheckResponse.named("clause-catalog").up().withData("entries", size).build();
    } catch (RuntimeException e) {
      return HealthCheckResponse.named("clause-catalog")
          .down()
          .withData("error", String.valueOf(e.getMessage()))
          .build();
    }
  }
}
