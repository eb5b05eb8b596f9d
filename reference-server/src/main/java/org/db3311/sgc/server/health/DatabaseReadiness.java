package org.db3311.sgc.server.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.db3311.sgc.adapter.jpa.JpaStore;
import org.db3311.sgc.server.wiring.Centers;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the database answers: the first county's store is opened (and migrated) if it is
 * not yet, and every open county's store is asked.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());

  @Inject Centers centers;

  /**
   * Starts opening (and migrating) the first county's store while the rest of the server starts:
   * start-up is mostly one thread (CDI, then JAX-RS), so on a second core the store is ready about
   * when the server is, instead of the first readiness check waiting for it. A failure here is only
   * logged; the readiness check opens the store again and reports it.
   */
  void openEarly(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    Thread t =
        new Thread(
            () -> {
              try {
                centers.of(centers.counties().getFirst());
              } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "the first county's store could not be opened yet", e);
              }
            },
            "sgc-open-store");
    t.setDaemon(true);
    t.start();
  }

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
