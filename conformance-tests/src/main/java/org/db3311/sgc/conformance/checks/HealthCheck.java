package org.db3311.sgc.conformance.checks;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.db3311.sgc.conformance.CheckResult;
import org.db3311.sgc.conformance.ConformanceCheck;
import org.db3311.sgc.conformance.Deployment;

/** Prerequisite: the deployment answers MicroProfile Health with status UP. */
public final class HealthCheck implements ConformanceCheck {

  @Override
  public String name() {
    return "deployment is up (GET /health)";
  }

  @Override
  public CheckResult run(Deployment deployment) {
    List<String> evidence = new ArrayList<>();
    try {
      Deployment.Answer a = deployment.get("/health");
      evidence.add("GET /health → " + a.status());
      boolean up =
          a.status() == 200
              && a.json() instanceof JsonObject o
              && "UP".equals(o.getString("status", ""));
      evidence.add(up ? "status UP" : "body: " + a.body());
      return new CheckResult(name(), List.of(), up, evidence);
    } catch (Exception e) {
      evidence.add("request failed: " + e);
      return new CheckResult(name(), List.of(), false, evidence);
    }
  }
}
