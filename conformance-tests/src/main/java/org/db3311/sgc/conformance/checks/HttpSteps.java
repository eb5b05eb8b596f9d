package org.db3311.sgc.conformance.checks;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.db3311.sgc.conformance.Deployment;
import org.db3311.sgc.conformance.Probe;

/**
 * Steps the analysis, command and improvement checks share: the tenant's day, a change made against
 * the state read when the resource names its county in a query, and a creating POST with an
 * idempotency key.
 */
final class HttpSteps {

  private HttpSteps() {}

  /** The deployment's day in the kit's county: the tenant's clock, else today in Beijing. */
  static LocalDate today(Probe p) throws Exception {
    if (!p.settings().tenant()) {
      return LocalDate.now(CaseworkChecks.BEIJING);
    }
    JsonObject tenant =
        p.require(p.get("/api/v1/inspection"), 200, "/api/v1/inspection", "the tenant's clock");
    return OffsetDateTime.parse(tenant.getString("now"))
        .atZoneSameInstant(CaseworkChecks.BEIJING)
        .toLocalDate();
  }

  /** Something done on the tenant's clock. */
  interface OnTheClock {
    void run() throws Exception;
  }

  /**
   * Sets the tenant's clock to {@code at}, runs {@code steps} (which may move it further), and puts
   * the tenant's time back as it was (its offset from real time), whatever happened.
   */
  static void onTheClock(Probe p, OffsetDateTime at, OnTheClock steps) throws Exception {
    JsonObject tenant =
        p.require(p.get("/api/v1/inspection"), 200, "/api/v1/inspection", "the tenant's clock");
    Duration offset = Duration.parse(tenant.getString("offset", "PT0S"));
    try {
      setClock(p, at);
      steps.run();
    } finally {
      setClock(p, Instant.now().plus(offset).atOffset(at.getOffset()));
    }
  }

  static void setClock(Probe p, OffsetDateTime now) throws Exception {
    p.require(
        p.send(
            "PUT", "/api/v1/inspection/clock", "{\"now\":\"" + now.withNano(0) + "\"}", Map.of()),
        200,
        "/api/v1/inspection/clock",
        "setting the tenant's clock to " + now.withNano(0));
  }

  /** {@code ?county=} of the kit's county. */
  static String county(Probe p) {
    return "?county=" + p.settings().county();
  }

  /**
   * POSTs {@code resource + step} (the resource's query kept at the end) with {@code If-Match} of
   * the resource as it reads now.
   */
  static Deployment.Answer change(Probe p, String resource, String step, String json)
      throws Exception {
    int q = resource.indexOf('?');
    String path = q < 0 ? resource : resource.substring(0, q);
    String query = q < 0 ? "" : resource.substring(q);
    Deployment.Answer now = p.get(resource);
    Map<String, String> h = new LinkedHashMap<>();
    now.etag().ifPresent(e -> h.put("If-Match", e));
    return p.send("POST", path + step + query, json == null ? "" : json, h);
  }

  /** A creating POST with a fresh {@code Idempotency-Key}. */
  static Deployment.Answer create(Probe p, String path, String json) throws Exception {
    return p.send("POST", path, json, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
  }

  /** The items of a paged answer. */
  static List<JsonObject> items(JsonObject page) {
    return Fixtures.objects(page, "items");
  }
}
