package org.db3311.sgc.server.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.db3311.sgc.adapter.jpa.JpaStore;
import org.db3311.sgc.server.wiring.Centers;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the database answers: the first county's store is opened (and migrated) if it is
 * not yet, and every open county's store is asked.
 *
 * <p>Helidon calls this check once on the main thread while it builds the health endpoint, to learn
 * its name, so the first county's store is opened there unless it is open already: the server's
 * {@code Main} begins opening it before CDI boots ({@code StoreHeadStart}).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Inject Centers centers;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder b = HealthCheckResponse.named("database");
    boolean up = true;
    try {
      centers.of(centers.counties().getFirst());
    } catch (RuntimeException e) {
      return b.down().withData("error", String.valueOf(e.getMessage())).build();
    }
    for (Centers.County c : centers.open()) {
      JpaStore.Health h = c.store().health();
      up &= h.up();
      b.withData(c.code().value(), h.detail());
    }
    return b.status(up).build();
  }
}
