package org.db3311.sgc.conformance.checks;

import jakarta.json.JsonObject;
import java.util.List;
import org.db3311.sgc.conformance.Deployment;
import org.db3311.sgc.conformance.Probe;

/** Prerequisite: the deployment answers MicroProfile Health with status UP. */
public final class HealthCheck extends HttpCheck {

  public HealthCheck() {
    super(
        "prerequisite-health",
        "deployment is up (GET /health)",
        "prerequisites",
        List.of(),
        List.of());
  }

  @Override
  public void run(Probe p) throws Exception {
    Deployment.Answer a = p.get("/health");
    boolean up =
        a.status() == 200
            && a.object() instanceof JsonObject o
            && "UP".equals(o.getString("status", ""));
    p.expect(up, "GET /health answers status UP (HTTP " + a.status() + ")");
  }
}
