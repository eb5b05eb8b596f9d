package org.db3311.sgc.server.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.db3311.sgc.server.display.CountyDisplay;
import org.db3311.sgc.server.display.Displays;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The hall's display boards (5.3.5, 7.2.1.3), as the readiness check {@code displays}: per county,
 * the SSE feed and, when configured, the MQTT screens, each with its detail. A board that is down
 * does not stop the queue (the call is made, the other boards show it), so, like the calendar's
 * degraded state, it answers UP with {@code displays: DEGRADED} and the county's detail in its
 * data: a DOWN readiness would take the whole server out of service for one screen.
 */
@Readiness
@ApplicationScoped
public class DisplayReadiness implements HealthCheck {

  static final String NAME = "displays";

  @Inject Displays displays;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder b = HealthCheckResponse.named(NAME).up();
    try {
      boolean all = true;
      for (Displays.CountyHealth c : displays.health()) {
        all &= c.up();
        for (CountyDisplay.BoardHealth h : c.boards()) {
          b.withData(c.county() + "." + h.board(), (h.up() ? "UP: " : "DOWN: ") + h.detail());
        }
      }
      return b.withData(NAME, all ? "UP" : "DEGRADED").build();
    } catch (RuntimeException e) {
      return b.withData(NAME, "DEGRADED").withData("error", String.valueOf(e.getMessage())).build();
    }
  }
}
