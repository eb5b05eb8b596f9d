package org.db3311.sgc.conformance.checks;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.db3311.sgc.conformance.ConformanceCheck;
import org.db3311.sgc.conformance.Deployment;
import org.db3311.sgc.conformance.Probe;
import org.db3311.sgc.core.catalog.Implements;

/**
 * Epidemic control (6.7.1.1: 平时、战时疫情防控机制, 受理、分析、流转、处置、督办反馈、考核等全过程闭环) over the published epidemic
 * API: a case goes through every stage of the loop in order, the assessment waits for the
 * supervision feedback, and the mode switches to wartime and back, each switch recorded and the
 * wartime case's steps taken under the wartime mode.
 */
public final class EpidemicChecks {

  private EpidemicChecks() {}

  public static List<ConformanceCheck> all() {
    return List.of(new ClosedLoop());
  }

  /** Intake to assessment in order, in peacetime and in wartime. */
  @Implements("6.7.1.1")
  static final class ClosedLoop extends HttpCheck {
    ClosedLoop() {
      super(
          "epidemic-closed-loop",
          "6.7.1.1 an epidemic case closes its loop stage by stage, in peacetime and wartime",
          "epidemic",
          List.of("6.7.1.1"),
          List.of(
              "POST /api/v1/matters (two registrations)",
              "POST /api/v1/epidemic/cases and each stage (two cases to their assessment)",
              "PUT /api/v1/epidemic/mode (to WARTIME, then back to the mode in force)"));
    }

    @Override
    public void run(Probe p) throws Exception {
      if (!p.settings().tenant()) {
        // switching the mode would change the routing of a real county
        p.skip("switching the epidemic mode needs the inspection tenant");
      }
      String county = p.settings().county();
      String mode = "/api/v1/epidemic/mode?county=" + county;
      JsonObject start = p.require(p.get(mode), 200, "/api/v1/epidemic/mode", "the mode in force");
      String was = start.getString("mode", "PEACETIME");
      p.note("mode in force: " + was);
      loop(p, county, was, "涉疫事件（平时）");
      try {
        JsonObject switched = switchTo(p, mode, "WARTIME");
        p.expect(
            "WARTIME".equals(mode(switched)),
            "the mode is WARTIME after the switch (" + mode(switched) + ")");
        JsonObject now = p.require(p.get(mode), 200, "/api/v1/epidemic/mode", "the mode now");
        List<JsonObject> switches = Fixtures.objects(now, "switches");
        p.expect(
            !switches.isEmpty()
                && "WARTIME".equals(switches.getLast().getString("to", ""))
                && !switches.getLast().getString("reason", "").isBlank(),
            "the switch is recorded with its reason (" + switches + ")");
        loop(p, county, "WARTIME", "涉疫事件（战时）");
      } finally {
        switchTo(p, mode, was);
      }
    }

    private static String mode(JsonObject switched) {
      JsonObject now =
          switched.containsKey("now") && switched.get("now") instanceof JsonObject o
              ? o
              : JsonObject.EMPTY_JSON_OBJECT;
      return now.getString("mode", "");
    }

    private static JsonObject switchTo(Probe p, String mode, String to) throws Exception {
      Deployment.Answer read = p.get(mode);
      Map<String, String> h = new java.util.LinkedHashMap<>();
      read.etag().ifPresent(e -> h.put("If-Match", e));
      if (to.equals(read.object().getString("mode", ""))) {
        return read.object();
      }
      return p.require(
          p.send("PUT", mode, "{\"to\":\"" + to + "\",\"reason\":\"合规检查（切换演示）\"}", h),
          200,
          "/api/v1/epidemic/mode",
          "switching the epidemic mode to " + to);
    }

    /** One case through the loop under {@code mode}; the assessment tried before the feedback. */
    private static void loop(Probe p, String county, String mode, String note) throws Exception {
      String n =
          Fixtures.registered(
              p, "WINDOW", null, EventChecks.EVENT_CATEGORY, note, Fixtures.COMPLETE);
      JsonObject c =
          p.require(
              p.post(
                  "/api/v1/epidemic/cases?county=" + county,
                  "{\"matter\":\""
                      + n
                      + "\",\"category\":\"epidemic.report\",\"summary\":\""
                      + note
                      + "（检查）\"}"),
              201,
              "/api/v1/epidemic/cases",
              "taking matter " + n + " into the epidemic loop");
      String id = c.getString("id", "");
      String read = "/api/v1/epidemic/cases/" + id + "?county=" + county;
      p.expect(
          "RECEIVED".equals(c.getString("state", "")) && !c.getString("deadline", "").isBlank(),
          "the case is RECEIVED with the deadline of its analysis ("
              + c.getString("deadline", "")
              + ")");
      step(p, read, id, county, "analysis", "{\"findings\":\"研判（检查）\"}", "ANALYSED");
      JsonObject routed = step(p, read, id, county, "routing", null, "ROUTED");
      p.expect(
          !EventChecks.text(routed, "routedTo").isBlank(),
          "the routing names where the case went (" + EventChecks.text(routed, "routedTo") + ")");
      step(p, read, id, county, "handling", "{\"result\":\"已处置（检查）\"}", "HANDLED");

      Deployment.Answer early =
          EventChecks.ifMatch(
              p,
              read,
              "/api/v1/epidemic/cases/" + id + "/assessment?county=" + county,
              "{\"score\":90,\"note\":\"考核（检查）\"}");
      p.expect(
          early.status() == 409 || early.status() == 422,
          "the assessment before the supervision feedback is refused (HTTP "
              + early.status()
              + ")");

      step(
          p,
          read,
          id,
          county,
          "feedback",
          "{\"satisfactory\":true,\"note\":\"督办反馈（检查）\"}",
          "FED_BACK");
      JsonObject done =
          step(p, read, id, county, "assessment", "{\"score\":90,\"note\":\"考核（检查）\"}", "ASSESSED");
      p.expect(done.getBoolean("loopClosed", false), "the assessment closes the loop");
      List<JsonObject> steps = Fixtures.objects(done, "steps");
      List<String> actions = steps.stream().map(s -> s.getString("action", "")).toList();
      p.note(mode + " steps: " + actions);
      p.expect(
          steps.size() >= 6 && steps.stream().allMatch(s -> mode.equals(s.getString("mode", mode))),
          "every stage of the loop is recorded, each under " + mode + " (" + steps + ")");
    }

    private static JsonObject step(
        Probe p, String read, String id, String county, String stage, String json, String state)
        throws Exception {
      JsonObject c =
          p.require(
              EventChecks.ifMatch(
                  p,
                  read,
                  "/api/v1/epidemic/cases/" + id + "/" + stage + "?county=" + county,
                  json),
              200,
              "/api/v1/epidemic/cases/{id}/" + stage,
              "the " + stage + " of case " + id);
      p.expect(
          state.equals(c.getString("state", "")),
          "after the " + stage + " the case is " + state + " (" + c.getString("state", "?") + ")");
      return c;
    }
  }
}
