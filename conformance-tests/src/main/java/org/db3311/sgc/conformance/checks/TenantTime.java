package org.db3311.sgc.conformance.checks;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import org.db3311.sgc.conformance.Probe;

/**
 * The inspection tenant's clock for a check that needs a chosen moment: set, the work done, then
 * put back to the tenant's time as it was (its offset from real time), whatever happened.
 */
final class TenantTime {

  /** Work done at the chosen moment. */
  interface Work {
    void run() throws Exception;
  }

  private TenantTime() {}

  static void at(Probe p, OffsetDateTime moment, Work work) throws Exception {
    JsonObject tenant =
        p.require(p.get("/api/v1/inspection"), 200, "/api/v1/inspection", "the tenant's clock");
    Duration offset = Duration.parse(tenant.getString("offset", "PT0S"));
    try {
      set(p, moment);
      work.run();
    } finally {
      set(p, Instant.now().plus(offset).atOffset(TenantClockChecks.BEIJING));
    }
  }

  static void set(Probe p, OffsetDateTime now) throws Exception {
    p.require(
        p.send(
            "PUT", "/api/v1/inspection/clock", "{\"now\":\"" + now.withNano(0) + "\"}", Map.of()),
        200,
        "/api/v1/inspection/clock",
        "setting the tenant's clock to " + now.withNano(0));
  }
}
