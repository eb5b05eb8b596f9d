package org.db3311.sgc.conformance.checks;

import jakarta.json.JsonObject;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.db3311.sgc.conformance.ConformanceCheck;
import org.db3311.sgc.conformance.Deployment;
import org.db3311.sgc.conformance.Probe;
import org.db3311.sgc.core.catalog.Implements;

/**
 * Social-governance events (6.3) over the published event API: a general event assigned to its
 * units with the lead the center names (6.3.1.1), a cross-region event led by the county leader on
 * the published duty roster (6.3.1.2), a cross-county event reported up to the city center (R12),
 * and no archiving before the review and the result report (6.3.1.3).
 */
public final class EventChecks {

  static final String EVENT_CATEGORY = "event.public_demand";

  /** The moment the duty-leader check sets the tenant's clock to: a Tuesday morning. */
  static final OffsetDateTime DUTY_MOMENT =
      OffsetDateTime.of(2026, 11, 17, 10, 0, 0, 0, TenantClockChecks.BEIJING);

  private EventChecks() {}

  public static List<ConformanceCheck> all() {
    return List.of(
        new Assignment(),
        new DutyLeaderLeads(),
        new CrossCountyToCity(),
        new ReviewBeforeArchive());
  }

  /** A general event with two units: both act, the lead named is the lead (6.3.1.1). */
  @Implements("6.3.1.1")
  static final class Assignment extends HttpCheck {
    Assignment() {
      super(
          "events-assignment",
          "6.3.1.1 a general event is assigned to its units, with the lead unit the center names",
          "events",
          List.of("6.3.1.1"),
          List.of(
              "POST /api/v1/matters and …/decision (one accepted event)",
              "POST /api/v1/events and …/triage (two units, one named lead)"));
    }

    @Override
    public void run(Probe p) throws Exception {
      String n = received(p, "事件交办");
      String lead = "kit-township-a";
      String other = "kit-department-b";
      JsonObject t =
          triage(
              p,
              n,
              "{\"units\":[\"" + lead + "\",\"" + other + "\"],\"lead\":\"" + lead + "\"}",
              "the triage of a general event");
      p.expect(
          "ASSIGNED".equals(t.getString("outcome", "")),
          "a general event is assigned (outcome " + t.getString("outcome", "?") + ")");
      JsonObject e = event(p, n, "the event after triage");
      p.expect(
          "ASSIGNED".equals(e.getString("state", "")),
          "the event is ASSIGNED (" + e.getString("state", "?") + ")");
      p.expect(
          "GENERAL".equals(e.getString("scope", "")),
          "its scope is GENERAL (" + e.getString("scope", "?") + ")");
      p.expect(
          strings(e, "units").containsAll(List.of(lead, other)),
          "both units are assigned (" + strings(e, "units") + ")");
      p.expect(
          lead.equals(e.getString("lead", "")),
          "the lead is the unit the center named (" + text(e, "lead") + ")");
      JsonObject signed =
          p.require(
              step(p, n, "{\"step\":\"SIGN_FOR\"}"),
              200,
              "/api/v1/events/{matter}/steps",
              "the lead unit signing for the event");
      p.expect(
          "IN_HANDLING".equals(signed.getString("state", "")),
          "signed for, the event is IN_HANDLING (" + signed.getString("state", "?") + ")");

      // one unit alone needs no lead named: it is the unit the event is assigned to
      String alone = received(p, "事件交办（单一单位）");
      JsonObject single =
          triage(
              p, alone, "{\"units\":[\"" + lead + "\"]}", "the triage of a one-unit general event");
      p.expect(
          "ASSIGNED".equals(single.getString("outcome", "")),
          "a one-unit event is assigned (outcome " + single.getString("outcome", "?") + ")");
      JsonObject one = event(p, alone, "the one-unit event after triage");
      p.expect(
          "ASSIGNED".equals(one.getString("state", ""))
              && strings(one, "units").equals(List.of(lead)),
          "the one-unit event is ASSIGNED to " + lead + " (" + strings(one, "units") + ")");
    }
  }

  /**
   * A cross-region event goes to the county leader on the published duty roster (6.3.1.2), handled
   * through the center's system (8.2.3: 统一协同…跨区域…的事务).
   */
  @Implements({"6.3.1.2", "8.2.3"})
  static final class DutyLeaderLeads extends HttpCheck {
    DutyLeaderLeads() {
      super(
          "events-duty-leader",
          "6.3.1.2 a cross-region event is led by the county leader on the published duty roster",
          "events",
          List.of("6.3.1.2", "8.2.3"),
          List.of(
              "PUT /api/v1/inspection/clock (to " + DUTY_MOMENT + ", then back)",
              "POST /api/v1/duty-rosters and …/publication (the month's roster of two leaders)",
              "POST /api/v1/matters, …/decision, /api/v1/events and …/triage (one event)"));
    }

    @Override
    public void run(Probe p) throws Exception {
      if (!p.settings().tenant()) {
        // a published duty roster would take effect in a real county
        p.skip("publishing a duty roster needs the inspection tenant, whose data the kit removes");
      }
      TenantTime.at(p, DUTY_MOMENT, () -> check(p));
    }

    private void check(Probe p) throws Exception {
      String county = p.settings().county();
      YearMonth month = YearMonth.from(DUTY_MOMENT);
      String roster = "/api/v1/duty-rosters/" + month + "?county=" + county;
      Deployment.Answer existing = p.get(roster);
      if (existing.status() != 200) {
        p.require(
            p.post(
                "/api/v1/duty-rosters?county=" + county,
                "{\"month\":\""
                    + month
                    + "\",\"leaders\":["
                    + leader("kit-leader-1", "检查带班领导一")
                    + ","
                    + leader("kit-leader-2", "检查带班领导二")
                    + "],\"handover\":\"08:30\",\"fallback\":"
                    + leader("kit-fallback", "检查备班领导")
                    + "}"),
            201,
            "/api/v1/duty-rosters",
            "planning the duty roster of " + month);
      }
      JsonObject draft =
          p.require(p.get(roster), 200, "/api/v1/duty-rosters/{month}", "the roster");
      if (!"PUBLISHED".equals(draft.getString("state", ""))) {
        p.require(
            ifMatch(
                p, roster, "/api/v1/duty-rosters/" + month + "/publication?county=" + county, null),
            200,
            "/api/v1/duty-rosters/{month}/publication",
            "publishing the duty roster of " + month);
      }
      JsonObject published =
          p.require(p.get(roster), 200, "/api/v1/duty-rosters/{month}", "the published roster");
      p.expect(
          "PUBLISHED".equals(published.getString("state", "")),
          "the roster is PUBLISHED (" + published.getString("state", "?") + ")");
      LocalDateTime local = DUTY_MOMENT.toLocalDateTime();
      String onDuty = null;
      for (JsonObject s : Fixtures.objects(published, "shifts")) {
        LocalDateTime start = LocalDateTime.parse(s.getString("start"));
        LocalDateTime end = LocalDateTime.parse(s.getString("end"));
        if (!local.isBefore(start) && local.isBefore(end)) {
          onDuty = s.getJsonObject("leader").getString("id");
        }
      }
      if (!p.expect(onDuty != null, "a published shift covers " + local)) {
        return;
      }
      p.note("on duty at " + local + ": " + onDuty);

      String n = received(p, "跨区域事件");
      JsonObject t =
          triage(
              p,
              n,
              "{\"units\":[\"kit-township-a\",\"kit-township-b\"],\"lead\":\"kit-township-a\","
                  + "\"crossRegion\":true}",
              "the triage of a cross-region event");
      p.expect(
          "LED_BY_DUTY_LEADER".equals(t.getString("outcome", "")),
          "a cross-region event is led by the duty leader (outcome "
              + t.getString("outcome", "?")
              + (t.containsKey("reason") && !t.isNull("reason") ? ": " + t.getString("reason") : "")
              + ")");
      JsonObject e = event(p, n, "the event after triage");
      JsonObject leader =
          e.containsKey("dutyLeader") && !e.isNull("dutyLeader")
              ? e.getJsonObject("dutyLeader")
              : JsonObject.EMPTY_JSON_OBJECT;
      p.expect(
          onDuty.equals(leader.getString("id", "")),
          "the leader is the one on the published roster at "
              + local
              + " ("
              + leader.getString("id", "none")
              + ", the roster says "
              + onDuty
              + ")");
      p.expect(
          "CROSS_BOUNDARY".equals(e.getString("scope", "")),
          "its scope is CROSS_BOUNDARY (" + text(e, "scope") + ")");
      p.expect(
          "LEADER_COORDINATING".equals(e.getString("state", "")),
          "the event is LEADER_COORDINATING (" + text(e, "state") + ")");
    }

    private static String leader(String id, String name) {
      return "{\"id\":\"" + id + "\",\"name\":\"" + name + "\"}";
    }
  }

  /**
   * An event whose parties lie in another county too is reported up to the city (R12) through the
   * gateway (8.2.3).
   */
  @Implements({"6.3.1.2", "R12", "8.2.3"})
  static final class CrossCountyToCity extends HttpCheck {
    CrossCountyToCity() {
      super(
          "events-cross-county-to-city",
          "R12 a cross-county event is reported up to the city center",
          "events",
          List.of("6.3.1.2", "R12", "8.2.3"),
          List.of(
              "POST /api/v1/matters, …/decision, /api/v1/events and …/triage (one event,"
                  + " reported to the city center)"));
    }

    @Override
    public void run(Probe p) throws Exception {
      if (!p.settings().tenant()) {
        // the report would reach the real city center
        p.skip("reporting an event to the city needs the inspection tenant");
      }
      String n = received(p, "跨县域事件");
      String other = p.settings().otherCounty();
      JsonObject t =
          triage(
              p,
              n,
              "{\"units\":[\"kit-township-a\"],\"counties\":[\"" + other + "\"]}",
              "the triage of an event whose parties lie in " + other + " too");
      p.expect(
          "REPORTED_TO_CITY".equals(t.getString("outcome", "")),
          "an event in two counties is reported to the city (outcome "
              + t.getString("outcome", "?")
              + ")");
      p.expect(
          !text(t, "cityReference").isBlank(),
          "the city center's reference is given (" + text(t, "cityReference") + ")");
      JsonObject e = event(p, n, "the event after triage");
      p.expect(
          "REPORTED_TO_CITY".equals(e.getString("state", "")),
          "the event is REPORTED_TO_CITY (" + text(e, "state") + ")");
      p.expect(
          "CITY_LEVEL".equals(e.getString("scope", "")),
          "its scope is CITY_LEVEL (" + text(e, "scope") + ")");
      p.expect(
          !text(e, "cityReference").isBlank()
              && text(e, "cityReference").equals(text(t, "cityReference")),
          "the event keeps the city's reference (" + text(e, "cityReference") + ")");
    }
  }

  /** After the close, no archiving before the review (复盘) and the result report (6.3.1.3). */
  @Implements("6.3.1.3")
  static final class ReviewBeforeArchive extends HttpCheck {
    ReviewBeforeArchive() {
      super(
          "events-review-before-archive",
          "6.3.1.3 a closed event is reviewed (复盘) and its result reported before it is archived",
          "events",
          List.of("6.3.1.3"),
          List.of(
              "POST /api/v1/matters, …/decision, /api/v1/events, …/triage and …/steps (one event"
                  + " handled to its archive)"));
    }

    @Override
    public void run(Probe p) throws Exception {
      String n = received(p, "事件复盘");
      triage(
          p,
          n,
          "{\"units\":[\"kit-township-a\"],\"lead\":\"kit-township-a\"}",
          "the triage of a general event");
      forward(p, n, "{\"step\":\"SIGN_FOR\"}", "IN_HANDLING");
      forward(p, n, "{\"step\":\"REPORT_HANDLED\",\"summary\":\"已处置（检查）\"}", "HANDLED");
      forward(
          p, n, "{\"step\":\"CLOSE\",\"outcome\":\"RESOLVED\",\"summary\":\"已办结（检查）\"}", "CLOSED");

      // 6.3.1.3 orders nothing between the review and the result report; what it forbids is an
      // event put away (archived) with either never done
      refused(p, n, "{\"step\":\"ARCHIVE\"}", "archiving a closed event before its review");
      JsonObject reviewed =
          forward(
              p,
              n,
              "{\"step\":\"REVIEW\",\"review\":{\"assessment\":\"处置及时（检查）\","
                  + "\"lessons\":[\"提前研判（检查）\"],\"reviewedBy\":\"检查复盘人\"}}",
              "REVIEWED");
      p.expect(
          reviewed.containsKey("review") && !reviewed.isNull("review"),
          "the event shows its review");
      refused(
          p, n, "{\"step\":\"ARCHIVE\"}", "archiving a reviewed event before its result report");
      JsonObject reported =
          forward(p, n, "{\"step\":\"REPORT_RESULT\",\"report\":\"结果报告（检查）\"}", "RESULT_REPORTED");
      p.expect(!text(reported, "resultReport").isBlank(), "the event shows its result report");
      forward(p, n, "{\"step\":\"ARCHIVE\"}", "ARCHIVED");
    }

    private static JsonObject forward(Probe p, String n, String step, String state)
        throws Exception {
      JsonObject e =
          p.require(step(p, n, step), 200, "/api/v1/events/{matter}/steps", "the step " + step);
      p.expect(
          state.equals(e.getString("state", "")),
          "after " + step + " the event is " + state + " (" + e.getString("state", "?") + ")");
      return e;
    }

    private static void refused(Probe p, String n, String step, String what) throws Exception {
      String before = event(p, n, "the event before " + what).getString("state", "");
      Deployment.Answer a = step(p, n, step);
      p.expect(
          a.status() == 409 || a.status() == 422, what + " is refused (HTTP " + a.status() + ")");
      String after = event(p, n, "the event after " + what).getString("state", "");
      p.expect(after.equals(before), what + " leaves the event " + before + " (" + after + ")");
    }
  }

  /** An accepted event matter taken into event handling; its number. */
  static String received(Probe p, String note) throws Exception {
    String n = Fixtures.accepted(p, EVENT_CATEGORY, note);
    p.require(
        p.post("/api/v1/events", "{\"matter\":\"" + n + "\"}"),
        201,
        "/api/v1/events",
        "taking the accepted event into handling");
    return n;
  }

  static JsonObject triage(Probe p, String n, String facts, String what) throws Exception {
    Deployment.Answer a = p.change("/api/v1/events/" + n, "/triage", facts);
    if (a.status() != 200) {
      p.note("the triage answered " + a.status() + ": " + a.body());
    }
    return p.require(a, 200, "/api/v1/events/{matter}/triage", what);
  }

  static Deployment.Answer step(Probe p, String n, String step) throws Exception {
    return p.change("/api/v1/events/" + n, "/steps", step);
  }

  static JsonObject event(Probe p, String n, String what) throws Exception {
    return p.require(p.get("/api/v1/events/" + n), 200, "/api/v1/events/{matter}", what);
  }

  /** POSTs to {@code target} with {@code If-Match} of {@code resource} as it reads now. */
  static Deployment.Answer ifMatch(Probe p, String resource, String target, String json)
      throws Exception {
    Deployment.Answer now = p.get(resource);
    Map<String, String> h = new LinkedHashMap<>();
    now.etag().ifPresent(e -> h.put("If-Match", e));
    return p.send("POST", target, json, h);
  }

  static List<String> strings(JsonObject o, String key) {
    if (!o.containsKey(key) || o.isNull(key)) {
      return List.of();
    }
    return o.getJsonArray(key).getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }

  static String text(JsonObject o, String key) {
    return o.containsKey(key) && !o.isNull(key) ? o.getString(key, "") : "";
  }
}
