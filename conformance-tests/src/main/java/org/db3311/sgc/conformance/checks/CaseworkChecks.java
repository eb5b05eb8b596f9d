package org.db3311.sgc.conformance.checks;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.db3311.sgc.conformance.ConformanceCheck;
import org.db3311.sgc.conformance.Deployment;
import org.db3311.sgc.conformance.Probe;
import org.db3311.sgc.core.calendar.HolidayTableCalendar;
import org.db3311.sgc.core.calendar.WorkingCalendar;
import org.db3311.sgc.core.catalog.Implements;

/**
 * Casework after intake: supervision's view and deadlines (6.2.1.3, 8.2.4, R9), mediation to a
 * close (6.2.1.1.1) and the result notice (6.2.1.4.1).
 */
public final class CaseworkChecks {

  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private CaseworkChecks() {}

  public static List<ConformanceCheck> all() {
    return List.of(
        new SupervisionCounts(),
        new WorkingDayDeadline(),
        new MediationToClose(),
        new ResultNotice());
  }

  /** The supervision view counts exactly what the kit created while it looked away. */
  @Implements({"6.2.1.3", "8.2.4"})
  static final class SupervisionCounts extends HttpCheck {
    SupervisionCounts() {
      super(
          "supervision-counts",
          "6.2.1.3/8.2.4 the supervision view's counts equal what the kit created",
          "supervision",
          List.of("6.2.1.3", "8.2.4"),
          List.of("POST /api/v1/matters and …/decision (two accepted matters)"));
    }

    @Override
    public void run(Probe p) throws Exception {
      String overview = "/api/v1/supervision/overview?county=" + p.settings().county();
      Map<String, Integer> before =
          byState(
              p.require(p.get(overview), 200, "/api/v1/supervision/overview", "the view before"));
      String a = Fixtures.accepted(p, "dispute.neighbour", "督办计数一");
      String b = Fixtures.accepted(p, "dispute.contract", "督办计数二");
      Map<String, Integer> after =
          byState(
              p.require(p.get(overview), 200, "/api/v1/supervision/overview", "the view after"));
      int added =
          after.values().stream().mapToInt(Integer::intValue).sum()
              - before.values().stream().mapToInt(Integer::intValue).sum();
      p.note("by state before " + before + ", after " + after);
      p.expect(added == 2, "two accepted matters add two files to the view (added " + added + ")");
      int accepted = after.getOrDefault("ACCEPTED", 0) - before.getOrDefault("ACCEPTED", 0);
      p.expect(accepted == 2, "both are counted as ACCEPTED (" + accepted + ")");
      for (String n : List.of(a, b)) {
        Deployment.Answer f =
            p.get("/api/v1/supervision/files/" + n + "?county=" + p.settings().county());
        p.expect(
            f.status() == 200, "matter " + n + " has its supervision file (" + f.status() + ")");
      }
    }

    /** The supervision view's total files per state. */
    static Map<String, Integer> byState(JsonObject o) {
      Map<String, Integer> m = new TreeMap<>();
      JsonObject total = o.containsKey("total") ? o.getJsonObject("total") : null;
      if (total != null && total.containsKey("byState")) {
        total.getJsonObject("byState").forEach((k, v) -> m.put(k, Integer.parseInt(v.toString())));
      }
      return m;
    }
  }

  /**
   * The handling deadline of an accepted event is fifteen working days on the national calendar,
   * weekends, holidays and adjusted working days (调休) included (R9; the reference product's default
   * limit, 6.2.1.3). The kit counts with its own copy of the published calendar.
   */
  @Implements({"R9", "R10"})
  static final class WorkingDayDeadline extends HttpCheck {
    static final int HANDLING_WORKING_DAYS = 15;

    WorkingDayDeadline() {
      super(
          "supervision-working-day-deadline",
          "R9 deadlines count working days of the published calendar",
          "supervision",
          List.of("R9", "R10"),
          List.of("POST /api/v1/matters and …/decision (one accepted event)"));
    }

    @Override
    public void run(Probe p) throws Exception {
      String n = Fixtures.accepted(p, "event.public_demand", "工作日期限");
      JsonObject file =
          p.require(
              p.get("/api/v1/supervision/files/" + n + "?county=" + p.settings().county()),
              200,
              "/api/v1/supervision/files/{subject}",
              "the supervision file");
      List<JsonObject> clocks = Fixtures.objects(file, "clocks");
      p.note("clocks: " + clocks);
      JsonObject handling =
          clocks.stream()
              .filter(c -> "HANDLING".equals(c.getString("step", "")))
              .findFirst()
              .orElse(null);
      if (!p.expect(handling != null, "the accepted event has a running handling clock")) {
        return;
      }
      LocalDate start = day(handling.getString("startedAt"));
      // the clock's last day, or the file's next one (the handling clock is the only one running)
      String deadline = handling.getString("deadline", "");
      String dueText =
          deadline.matches("\\d{4}-\\d{2}-\\d{2}.*")
              ? deadline.substring(0, 10)
              : file.getString("nextDeadline", "");
      if (!p.expect(
          dueText.matches("\\d{4}-\\d{2}-\\d{2}.*"),
          "the file names its last day (" + dueText + ")")) {
        return;
      }
      LocalDate due = LocalDate.parse(dueText.substring(0, 10));
      WorkingCalendar calendar = new HolidayTableCalendar();
      int counted = 0;
      for (LocalDate d = start.plusDays(1); !d.isAfter(due); d = d.plusDays(1)) {
        if (calendar.isWorkingDay(d)) {
          counted++;
        }
      }
      p.expect(calendar.isWorkingDay(due), "the last day " + due + " is a working day");
      p.expect(
          counted == HANDLING_WORKING_DAYS,
          "from "
              + start
              + " to "
              + due
              + " are "
              + counted
              + " working days (expected "
              + HANDLING_WORKING_DAYS
              + ")");
    }

    private static LocalDate day(String instant) {
      return OffsetDateTime.parse(instant).atZoneSameInstant(BEIJING).toLocalDate();
    }
  }

  /**
   * Opens mediation of an accepted matter, finds it suitable, takes both parties' consent and
   * routes it (6.2.1.1.1); the mediation case's path.
   */
  static String routed(Probe p, String n) throws Exception {
    JsonObject opened =
        p.require(
            p.post("/api/v1/mediations", "{\"matter\":\"" + n + "\"}"),
            201,
            "/api/v1/mediations",
            "opening mediation");
    String c = "/api/v1/mediations/" + n + "/M" + opened.getInt("attempt", 1);
    String mp = "/api/v1/mediations/{matter}/M{attempt}";
    p.require(
        p.change(c, "/suitability", "{\"suitable\":true,\"reasons\":\"事实清楚\"}"),
        200,
        mp + "/suitability",
        "suitability");
    p.require(
        p.change(c, "/consents", "{\"party\":0,\"agrees\":true,\"informed\":true}"),
        200,
        mp + "/consents",
        "the applicant's consent");
    p.require(
        p.change(c, "/consents", "{\"party\":1,\"agrees\":true,\"informed\":true}"),
        200,
        mp + "/consents",
        "the respondent's consent");
    JsonObject routed = p.require(p.change(c, "/routing", null), 200, mp + "/routing", "routing");
    JsonObject routing =
        routed.containsKey("routing") && !routed.isNull("routing")
            ? routed.getJsonObject("routing")
            : null;
    p.expect(
        "ROUTED".equals(routed.getString("state", "")),
        "both parties willing, the dispute is routed (6.2.1.1.1)");
    p.expect(
        routing != null && !routing.getString("explanation", "").isBlank(),
        "the routing says why it went where it went");
    return c;
  }

  /** Takes a new dispute through mediation to an agreement and a close; the matter's number. */
  static String mediatedAndClosed(Probe p, String note) throws Exception {
    String n = Fixtures.accepted(p, "dispute.neighbour", note);
    String c = routed(p, n);
    String mp = "/api/v1/mediations/{matter}/M{attempt}";
    String now =
        OffsetDateTime.now(ZoneOffset.ofHours(8))
            .withNano(0)
            .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    p.require(
        p.change(c, "/sessions", "{\"mode\":\"OFFLINE\",\"startsAt\":\"" + now + "\"}"),
        200,
        mp + "/sessions",
        "a session");
    String record =
        """
        {"heldAt":"%s","place":"中心调解室","mediator":"调解员","recorder":"记录员",
         "participants":["%s","%s"],"rightsExplained":true,
         "statements":{"%s":"陈述","%s":"答辩"},
         "factsVerified":"属实","riskWarning":"已告知",
         "signatures":["%s","%s","调解员","记录员"]}
        """
            .formatted(
                now,
                Fixtures.APPLICANT,
                Fixtures.RESPONDENT,
                Fixtures.APPLICANT,
                Fixtures.RESPONDENT,
                Fixtures.APPLICANT,
                Fixtures.RESPONDENT);
    p.require(p.change(c, "/records", record), 200, mp + "/records", "the session record");
    String due = LocalDate.now(BEIJING).plusDays(30).toString();
    String agreement =
        """
        {"outcome":"AGREEMENT","agreement":{"parties":["%s","%s"],"facts":"检查用事实",
         "disputedMatters":"检查用争议","responsibility":"检查用责任",
         "obligations":[{"party":"%s","content":"检查用义务","manner":"自行履行","place":"检查地","due":"%s"}],
         "oral":false,"signedBy":["%s","%s","调解员"],"mediator":"调解员","sealed":true,
         "effectiveOn":"%s"}}
        """
            .formatted(
                Fixtures.APPLICANT,
                Fixtures.RESPONDENT,
                Fixtures.RESPONDENT,
                due,
                Fixtures.APPLICANT,
                Fixtures.RESPONDENT,
                LocalDate.now(BEIJING));
    JsonObject agreed =
        p.require(p.change(c, "/conclusion", agreement), 200, mp + "/conclusion", "the agreement");
    p.expect("AGREED".equals(agreed.getString("state", "")), "the case is agreed");
    JsonObject closed =
        p.require(p.change(c, "/closure", null), 200, mp + "/closure", "the closure");
    p.expect("CLOSED".equals(closed.getString("state", "")), "the case is closed");
    return n;
  }

  /** A dispute both parties agree to mediate is routed, mediated and closed with its result. */
  @Implements("6.2.1.1.1")
  static final class MediationToClose extends HttpCheck {
    MediationToClose() {
      super(
          "mediation-route-and-close",
          "6.2.1.1.1 a dispute both parties agree to mediate is routed, mediated and closed",
          "mediation",
          List.of("6.2.1.1.1"),
          List.of(
              "POST /api/v1/matters, /api/v1/mediations and each step to closure (one dispute)"));
    }

    @Override
    public void run(Probe p) throws Exception {
      String n = mediatedAndClosed(p, "调解结案");
      JsonObject m =
          p.require(p.get("/api/v1/matters/" + n), 200, "/api/v1/matters/{number}", "the matter");
      p.expect(
          "CLOSED".equals(m.getString("state", "")),
          "the matter is closed (" + m.getString("state", "?") + ")");
      p.expect(m.containsKey("result") && !m.isNull("result"), "the matter carries its result");
    }
  }

  /** After the close every party is told the result (6.2.1.4.1). */
  @Implements("6.2.1.4.1")
  static final class ResultNotice extends HttpCheck {
    ResultNotice() {
      super(
          "followup-result-notice",
          "6.2.1.4.1 every party is told the result after the close",
          "followup",
          List.of("6.2.1.4.1"),
          List.of(
              "POST /api/v1/matters, /api/v1/mediations and each step to closure (one dispute)"));
    }

    @Override
    public void run(Probe p) throws Exception {
      String n = mediatedAndClosed(p, "结果告知");
      JsonObject list =
          p.require(
              p.get("/api/v1/follow-ups?matter=" + n), 200, "/api/v1/follow-ups", "the follow-ups");
      List<JsonObject> followUps = Fixtures.objects(list, "followUps");
      if (!p.expect(!followUps.isEmpty(), "the close opened a follow-up")) {
        return;
      }
      List<JsonObject> notices = Fixtures.objects(followUps.get(0), "notices");
      p.note("result notices: " + notices.size());
      p.expect(
          notices.size() >= 2,
          "both parties were told the result (" + notices.size() + " notices)");
    }
  }
}
