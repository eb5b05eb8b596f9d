package org.db3311.sgc.conformance.checks;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.db3311.sgc.conformance.Probe;
import org.db3311.sgc.core.catalog.Implements;

/**
 * 8.2.1: one county system through which a matter from the grassroots governance platform
 * (打通与基层治理综合信息平台…的壁垒) is received (统一受理接入), handled (统一协同处置), supervised (统一监管督办) and evaluated
 * (统一考核评价): the kit follows one transfer through all four and checks each part of the system counts
 * it.
 */
@Implements("8.2.1")
final class UnifiedPlatformCheck extends HttpCheck {

  UnifiedPlatformCheck() {
    super(
        "platform-unified-flow",
        "8.2.1 a grassroots-platform transfer received, handled, supervised and evaluated in one"
            + " system",
        "intake",
        List.of("8.2.1"),
        List.of(
            "POST /api/v1/matters channel GRASSROOTS_GOVERNANCE_SYSTEM with its reference, accepted",
            "POST /api/v1/mediations, suitability, consents, routing"));
  }

  @Override
  public void run(Probe p) throws Exception {
    String county = p.settings().county();
    LocalDate day = HttpSteps.today(p);
    String overview = "/api/v1/supervision/overview?county=" + county;
    String sheet = "/api/v1/evaluation/sheet?county=" + county + "&period=" + day + ".." + day;
    int filesBefore = files(p, overview);
    long acceptedBefore = handlingDenominator(p, sheet);

    String ref = "GRID-PLATFORM-" + p.settings().tag();
    String body =
        Fixtures.registration(
            p,
            "GRASSROOTS_GOVERNANCE_SYSTEM",
            ref,
            "dispute.neighbour",
            "基层治理平台转入",
            List.of("source_record"));
    String n =
        p.require(
                p.post("/api/v1/matters", body),
                201,
                "/api/v1/matters",
                "the grassroots platform's transfer")
            .getString("number", "");
    JsonObject d =
        p.require(
            p.change("/api/v1/matters/" + n, "/decision", "{\"verdict\":\"REVIEW\"}"),
            200,
            "/api/v1/matters/{number}/decision",
            "the review");
    p.expect(
        "ACCEPTED".equals(d.getString("outcome", "")),
        "received and accepted (统一受理接入): " + d.getString("outcome", "?"));

    CaseworkChecks.routed(p, n);
    JsonObject file =
        p.require(
            p.get("/api/v1/supervision/files/" + n + "?county=" + county),
            200,
            "/api/v1/supervision/files/{subject}",
            "its supervision file");
    p.expect(
        !file.getString("unit", "").isBlank(),
        "handled by a unit the routing chose (统一协同处置): " + file.getString("unit", "none"));
    int filesAfter = files(p, overview);
    p.expect(
        filesAfter - filesBefore == 1,
        "the unified supervision view counts it (统一监管督办): " + filesBefore + " → " + filesAfter);

    long acceptedAfter = handlingDenominator(p, sheet);
    for (int wait = 0; wait < 10 && acceptedAfter - acceptedBefore != 1; wait++) {
      Thread.sleep(1000);
      acceptedAfter = handlingDenominator(p, sheet);
    }
    p.expect(
        acceptedAfter - acceptedBefore == 1,
        "the evaluation counts it among the day's accepted (统一考核评价): "
            + acceptedBefore
            + " → "
            + acceptedAfter);
  }

  private static int files(Probe p, String overview) throws Exception {
    JsonObject o = p.require(p.get(overview), 200, "/api/v1/supervision/overview", "the view");
    return CaseworkChecks.SupervisionCounts.byState(o).values().stream()
        .mapToInt(Integer::intValue)
        .sum();
  }

  private static long handlingDenominator(Probe p, String sheet) throws Exception {
    JsonObject s = p.require(p.get(sheet), 200, "/api/v1/evaluation/sheet", "the sheet");
    return Fixtures.objects(s, "overall").stream()
        .filter(r -> "HANDLING_RATE".equals(r.getString("kind", "")))
        .mapToLong(r -> r.getJsonNumber("denominator").longValue())
        .findFirst()
        .orElse(-1);
  }
}
