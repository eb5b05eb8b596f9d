package org.db3311.sgc.conformance.checks;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.db3311.sgc.conformance.ConformanceCheck;
import org.db3311.sgc.conformance.Deployment;
import org.db3311.sgc.conformance.Probe;
import org.db3311.sgc.core.catalog.Implements;

/**
 * Emergency command (应急指挥协调, 6.6.1): an incident the kit reports is recorded as discovered, graded
 * by its impact and its response plan activated with the county emergency headquarters (6.6.1.p2);
 * a major one is led by a responsible leader before the plan, departments are ordered to act, the
 * one sent to the scene arrives, progress is fed back, and only then is it closed and reviewed
 * (6.6.1.p1, 6.6.1.p3).
 */
public final class EmergencyChecks {

  /**
   * The plan the kit asks the headquarters to activate: the county's overall plan (总体应急预案), which
   * every county holds; the reference server's default id.
   */
  static final String PLAN = "overall";

  /** The grades, most severe first (特别重大 I … 一般 IV). */
  static final List<String> GRADES = List.of("I", "II", "III", "IV");

  private EmergencyChecks() {}

  public static List<ConformanceCheck> all() {
    return List.of(new DiscoveredAndGraded(), new CommandedToReview());
  }

  /** Outside the tenant an activated plan would reach a real headquarters. */
  static void tenantOnly(Probe p) {
    if (!p.settings().tenant()) {
      p.skip(
          "activating a response plan in a real county would alert its headquarters: tenant only");
    }
  }

  /** Records an incident the kit reports; its path. */
  static String discovered(Probe p, String channel, String summary) throws Exception {
    String body =
        Json.createObjectBuilder()
            .add("channel", channel)
            .add("reference", "KIT-" + p.settings().tag() + "-" + channel)
            .add("summary", summary + "（检查用 " + p.settings().tag() + "）")
            .build()
            .toString();
    JsonObject created =
        p.require(
            HttpSteps.create(p, "/api/v1/emergency/incidents" + HttpSteps.county(p), body),
            201,
            "/api/v1/emergency/incidents",
            "an incident reported (" + channel + ")");
    p.expect(
        "DISCOVERED".equals(created.getString("state", ""))
            && created.containsKey("discovery")
            && channel.equals(created.getJsonObject("discovery").getString("channel", "")),
        "the incident is recorded as discovered through " + channel);
    return "/api/v1/emergency/incidents/" + created.getString("id") + HttpSteps.county(p);
  }

  static String impact(int deaths, int injured, int affected, boolean spreading) {
    return "{\"deaths\":%d,\"injured\":%d,\"affected\":%d,\"spreading\":%s}"
        .formatted(deaths, injured, affected, spreading);
  }

  static String suggested(Probe p, String impact) throws Exception {
    return p.require(
            p.post("/api/v1/emergency/grade-suggestion" + HttpSteps.county(p), impact),
            200,
            "/api/v1/emergency/grade-suggestion",
            "the grade suggested for " + impact)
        .getString("grade", "");
  }

  /** Grades the incident as suggested for the impact; the answer. */
  static JsonObject graded(Probe p, String incident, String impact, String grade) throws Exception {
    String body = impact.substring(0, impact.length() - 1) + ",\"grade\":\"" + grade + "\"}";
    return p.require(
        HttpSteps.change(p, incident, "/grading", body),
        200,
        "/api/v1/emergency/incidents/{id}/grading",
        "grading the incident " + grade);
  }

  /** Activates the kit's plan; SKIP when the headquarters holds no plan of that id. */
  static JsonObject activated(Probe p, String incident) throws Exception {
    Deployment.Answer a = HttpSteps.change(p, incident, "/plan", "{\"planId\":\"" + PLAN + "\"}");
    if (a.status() == 404) {
      p.skip(
          "the deployment's headquarters holds no plan '"
              + PLAN
              + "' and publishes no list of its plans the kit could choose from");
    }
    return p.require(
        a, 200, "/api/v1/emergency/incidents/{id}/plan", "activating the response plan");
  }

  /** Discovered by a report and by a system warning, graded by impact, the plan activated. */
  @Implements("6.6.1.p2")
  static final class DiscoveredAndGraded extends HttpCheck {
    DiscoveredAndGraded() {
      super(
          "emergency-discovered-graded",
          "6.6.1.p2 incidents reported or warned of are recorded, graded by impact, their plan"
              + " activated with the headquarters",
          "emergency",
          List.of("6.6.1.p2"),
          List.of(
              "POST /api/v1/emergency/incidents (one online report, one system warning)",
              "POST …/grading and …/plan (the second incident)"));
    }

    @Override
    public void run(Probe p) throws Exception {
      tenantOnly(p);
      discovered(p, "ONLINE_REPORT", "群众网上报告道路塌陷");
      String incident = discovered(p, "SYSTEM_WARNING", "系统预警：河道水位超警");
      String small = impact(0, 0, 10, false);
      String large = impact(3, 20, 2000, true);
      String minor = suggested(p, small);
      String severe = suggested(p, large);
      p.expect(
          GRADES.indexOf(severe) >= 0 && GRADES.indexOf(severe) < GRADES.indexOf(minor),
          "a greater impact is graded more severe ("
              + severe
              + " for "
              + large
              + ", "
              + minor
              + " for "
              + small
              + ")");
      JsonObject g = graded(p, incident, small, minor);
      p.expect(
          "GRADED".equals(g.getString("state", "")) && minor.equals(g.getString("grade", "")),
          "the incident is graded " + minor + " (" + g.getString("state", "?") + ")");
      List<JsonObject> gradings = Fixtures.objects(g, "gradings");
      p.expect(
          !gradings.isEmpty() && gradings.getLast().containsKey("impact"),
          "the grading keeps the impact it was judged on");
      JsonObject a = activated(p, incident);
      JsonObject activation =
          a.containsKey("activation") && !a.isNull("activation")
              ? a.getJsonObject("activation")
              : null;
      p.expect(
          "PLAN_ACTIVATED".equals(a.getString("state", ""))
              && activation != null
              && PLAN.equals(activation.getString("plan", ""))
              && !activation.getString("headquarters", "").isBlank(),
          "the response plan is activated with the headquarters ("
              + (activation == null ? "none" : activation.getString("headquarters", "?"))
              + ")");
    }
  }

  /** A major incident: led, ordered, arrived, progress fed back, closed, reviewed. */
  @Implements({"6.6.1.p1", "6.6.1.p3"})
  static final class CommandedToReview extends HttpCheck {
    CommandedToReview() {
      super(
          "emergency-commanded-to-review",
          "6.6.1.p1/p3 a major incident is led by a leader, departments ordered, progress fed back"
              + " from the scene, closed and reviewed",
          "emergency",
          List.of("6.6.1.p1", "6.6.1.p3"),
          List.of(
              "POST /api/v1/emergency/incidents (one report)",
              "POST …/grading, …/lead, …/plan, …/orders, …/orders/{o}/arrival, …/progress,"
                  + " …/orders/{o}/completion, …/closure, …/review"));
    }

    @Override
    public void run(Probe p) throws Exception {
      tenantOnly(p);
      String incident = discovered(p, "OFFLINE_REPORT", "化工仓库起火");
      String large = impact(3, 20, 2000, true);
      JsonObject g = graded(p, incident, large, suggested(p, large));
      if (!p.expect(
          g.getBoolean("major", false),
          "an incident with deaths and spreading is major (" + g.getString("grade", "?") + ")")) {
        return;
      }
      Deployment.Answer unled =
          HttpSteps.change(p, incident, "/plan", "{\"planId\":\"" + PLAN + "\"}");
      p.expect(
          unled.status() == 409 || unled.status() == 422,
          "a major incident's plan waits for a responsible leader or task force ("
              + unled.status()
              + ")");
      JsonObject led =
          p.require(
              HttpSteps.change(
                  p,
                  incident,
                  "/lead",
                  "{\"kind\":\"LEAD_LEADER\",\"head\":{\"id\":\"kit-leader\",\"name\":\"检查用县领导\"},"
                      + "\"post\":\"副县长\"}"),
              200,
              "/api/v1/emergency/incidents/{id}/lead",
              "a responsible leader takes the lead");
      p.expect(
          led.containsKey("leadership") && !led.isNull("leadership"),
          "the incident names its lead");
      activated(p, incident);
      String order =
          "{\"orderId\":\"O1\",\"department\":\"county.fire\",\"instruction\":\"赶赴现场灭火（检查用）\","
              + "\"onSite\":true}";
      JsonObject ordered =
          p.require(
              HttpSteps.change(p, incident, "/orders", order),
              200,
              "/api/v1/emergency/incidents/{id}/orders",
              "ordering the fire brigade to the scene");
      p.expect(
          "RESPONDING".equals(ordered.getString("state", ""))
              && Fixtures.objects(ordered, "orders").size() == 1,
          "the department is ordered to act (" + ordered.getString("state", "?") + ")");
      Deployment.Answer early = HttpSteps.change(p, incident, "/closure", "{\"summary\":\"提前\"}");
      p.expect(
          early.status() == 409,
          "it is not closed before the scene is reached and progress fed back ("
              + early.status()
              + ")");
      p.require(
          HttpSteps.change(p, incident, "/orders/O1/arrival", null),
          200,
          "/api/v1/emergency/incidents/{id}/orders/{order}/arrival",
          "the brigade reaches the scene");
      JsonObject reported =
          p.require(
              HttpSteps.change(
                  p,
                  incident,
                  "/progress",
                  "{\"from\":\"county.fire\",\"text\":\"明火已控制（检查用）\",\"fromSite\":true}"),
              200,
              "/api/v1/emergency/incidents/{id}/progress",
              "progress fed back from the scene");
      p.expect(
          Fixtures.objects(reported, "progress").stream()
              .anyMatch(r -> r.getString("text", "").contains("检查用")),
          "the incident shows the progress fed back");
      p.require(
          HttpSteps.change(
              p, incident, "/orders/O1/completion", "{\"completion\":\"明火扑灭，现场清理（检查用）\"}"),
          200,
          "/api/v1/emergency/incidents/{id}/orders/{order}/completion",
          "the order carried out");
      JsonObject closed =
          p.require(
              HttpSteps.change(p, incident, "/closure", "{\"summary\":\"火灾扑灭，无次生灾害（检查用）\"}"),
              200,
              "/api/v1/emergency/incidents/{id}/closure",
              "closing the incident");
      p.expect(
          "CLOSED".equals(closed.getString("state", "")),
          "the incident is closed (" + closed.getString("state", "?") + ")");
      JsonObject reviewed =
          p.require(
              HttpSteps.change(
                  p, incident, "/review", "{\"findings\":\"处置及时（检查用）\",\"lessons\":[\"加强仓库巡查\"]}"),
              200,
              "/api/v1/emergency/incidents/{id}/review",
              "reviewing the incident");
      p.expect(
          "REVIEWED".equals(reviewed.getString("state", "")),
          "the incident is reviewed (" + reviewed.getString("state", "?") + ")");
      p.expect(
          Fixtures.objects(reviewed, "history").size() >= 9,
          "its history keeps every step (" + Fixtures.objects(reviewed, "history").size() + ")");
    }
  }
}
