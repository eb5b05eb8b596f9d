package org.db3311.sgc.conformance.checks;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.db3311.sgc.conformance.ConformanceCheck;
import org.db3311.sgc.conformance.Probe;
import org.db3311.sgc.core.catalog.Implements;

/**
 * Evaluation figures (R8) recomputed by the kit from the raw matters it created: the handling rate
 * is matters closed ÷ matters accepted in the period (and on time, closed by the handling
 * deadline), so the kit knows exactly by how much its own matters must move the deployment's
 * counts; a published figure must recompute to itself, also after later matters, which fall after
 * its cut-off.
 */
public final class EvaluationChecks {

  private EvaluationChecks() {}

  public static List<ConformanceCheck> all() {
    return List.of(
        new FiguresRecomputed(), new DepartmentFiguresCheck(), new LateSignForNotAResponse());
  }

  /**
   * The kit's own count of its matters against the sheet, a published figure and its recount: the
   * statistics of a period, up to the moment (8.2.5: 对历史数据按期或实时统计), by the published rules (R8).
   */
  @Implements({"R8", "8.2.5"})
  static final class FiguresRecomputed extends HttpCheck {
    FiguresRecomputed() {
      super(
          "evaluation-figures-recomputed",
          "R8 the handling rates move by exactly the kit's matters; a published figure recomputes",
          "evaluation",
          List.of("R8", "8.2.5"),
          List.of(
              "POST /api/v1/matters, …/decision and mediation to closure (four matters)",
              "POST /api/v1/evaluation/figures (one HANDLING_RATE figure of today)"));
    }

    @Override
    public void run(Probe p) throws Exception {
      if (!p.settings().tenant()) {
        // a published figure cannot be withdrawn: only the tenant's data can be removed afterwards
        p.skip("publishing a figure needs the inspection tenant, whose data the kit removes");
      }
      String day = HttpSteps.today(p).toString();
      // a period of days is written from..to, both included
      String period = day + ".." + day;
      String county = p.settings().county();
      String sheet = "/api/v1/evaluation/sheet?county=" + county + "&period=" + period;
      // the figures are read from a projection the deployment may feed a moment late: the count
      // before is taken once two reads a second apart agree, and the count after may take a few
      // seconds to show the kit's matters
      Map<String, JsonObject> before = settled(p, sheet);

      // the kit's matters: two accepted and left open, one mediated to a close the same day
      // (well before its handling deadline), one registered without its materials (not accepted)
      Fixtures.accepted(p, "dispute.neighbour", "考核计数一");
      Fixtures.accepted(p, "dispute.contract", "考核计数二");
      CaseworkChecks.mediatedAndClosed(p, "考核计数三");
      Fixtures.registered(p, "WINDOW", null, "dispute.neighbour", "考核计数四", List.of("id_card"));
      long accepted = 3;
      long closed = 1;

      Map<String, JsonObject> after = overall(p, sheet, "the sheet after");
      for (int wait = 0; wait < 10 && !moved(before, after, closed, accepted); wait++) {
        Thread.sleep(1000);
        after = overall(p, sheet, "the sheet after, again");
      }
      p.note("overall before " + before.values() + ", after " + after.values());
      for (String kind : List.of("HANDLING_RATE", "ON_TIME_HANDLING_RATE")) {
        JsonObject b = before.get(kind);
        JsonObject a = after.get(kind);
        if (!p.expect(a != null && b != null, "the sheet has " + kind)) {
          continue;
        }
        long dn = count(a, "numerator") - count(b, "numerator");
        long dd = count(a, "denominator") - count(b, "denominator");
        p.expect(
            dn == closed && dd == accepted,
            kind
                + " moved by "
                + dn
                + "/"
                + dd
                + "; the kit's matters are "
                + closed
                + " closed of "
                + accepted
                + " accepted");
        p.expect(
            percentAgrees(a),
            kind
                + " "
                + a.getString("percent", "null")
                + "% is the kit's "
                + count(a, "numerator")
                + " ÷ "
                + count(a, "denominator"));
      }

      JsonObject figure =
          p.require(
              p.send(
                  "POST",
                  "/api/v1/evaluation/figures?county=" + county,
                  "{\"kind\":\"HANDLING_RATE\",\"period\":\"" + period + "\"}",
                  Map.of("Idempotency-Key", UUID.randomUUID().toString())),
              201,
              "/api/v1/evaluation/figures",
              "publishing the day's handling rate");
      JsonObject rate = figure.getJsonObject("rate");
      JsonObject sheetRate = after.get("HANDLING_RATE");
      p.expect(
          sheetRate != null
              && count(rate, "numerator") == count(sheetRate, "numerator")
              && count(rate, "denominator") == count(sheetRate, "denominator"),
          "the published figure counts what the sheet counts ("
              + count(rate, "numerator")
              + "/"
              + count(rate, "denominator")
              + ")");
      p.expect(
          !figure.getString("definitionText", "").isBlank()
              && figure.getInt("definitionVersion") > 0,
          "the figure names its definition and version");
      String recount =
          "/api/v1/evaluation/figures/"
              + URLEncoder.encode(figure.getString("id"), StandardCharsets.UTF_8)
                  .replace("%2F", "/")
              + "/recomputation?county="
              + county;
      JsonObject same =
          p.require(
              p.get(recount), 200, "/api/v1/evaluation/figures/{id}/recomputation", "the recount");
      p.expect(same.getBoolean("matches", false), "recounted at once, the figure matches");

      // a matter accepted after the figure's cut-off is not what it counted: the recount, made
      // to the same cut-off with the same version, still gives the published counts
      Fixtures.accepted(p, "dispute.neighbour", "考核计数五");
      JsonObject later =
          p.require(
              p.get(recount),
              200,
              "/api/v1/evaluation/figures/{id}/recomputation",
              "the recount after a later acceptance");
      JsonObject recomputed = later.getJsonObject("recomputed");
      p.expect(
          later.getBoolean("matches", false)
              && count(recomputed, "numerator") == count(rate, "numerator")
              && count(recomputed, "denominator") == count(rate, "denominator"),
          "a matter accepted after the cut-off leaves the recount as published ("
              + count(recomputed, "numerator")
              + "/"
              + count(recomputed, "denominator")
              + ")");
    }

    static Map<String, JsonObject> settled(Probe p, String sheet) throws Exception {
      return settled(p, sheet, "the sheet before");
    }

    /** The sheet once two reads a second apart agree (at most ten seconds). */
    static Map<String, JsonObject> settled(Probe p, String sheet, String what) throws Exception {
      Map<String, JsonObject> last = overall(p, sheet, what);
      for (int i = 0; i < 10; i++) {
        Thread.sleep(1000);
        Map<String, JsonObject> again = overall(p, sheet, what + ", again");
        if (again.equals(last)) {
          return again;
        }
        last = again;
      }
      return last;
    }

    private static boolean moved(
        Map<String, JsonObject> before, Map<String, JsonObject> after, long closed, long accepted) {
      JsonObject b = before.get("HANDLING_RATE");
      JsonObject a = after.get("HANDLING_RATE");
      return a != null
          && b != null
          && count(a, "numerator") - count(b, "numerator") == closed
          && count(a, "denominator") - count(b, "denominator") == accepted;
    }

    static Map<String, JsonObject> overall(Probe p, String path, String what) throws Exception {
      JsonObject s = p.require(p.get(path), 200, "/api/v1/evaluation/sheet", what);
      Map<String, JsonObject> m = new java.util.TreeMap<>();
      Fixtures.objects(s, "overall").forEach(r -> m.put(r.getString("kind", ""), r));
      return m;
    }

    static long count(JsonObject rate, String key) {
      return rate == null || !rate.containsKey(key) ? -1 : rate.getJsonNumber(key).longValue();
    }

    /** Two decimals, half up; no percent when nothing was counted. */
    private static boolean percentAgrees(JsonObject rate) {
      long n = count(rate, "numerator");
      long d = count(rate, "denominator");
      boolean none = !rate.containsKey("percent") || rate.isNull("percent");
      if (d == 0) {
        return none;
      }
      BigDecimal expected =
          BigDecimal.valueOf(n * 100).divide(BigDecimal.valueOf(d), 2, RoundingMode.HALF_UP);
      return !none && new BigDecimal(rate.getString("percent")).compareTo(expected) == 0;
    }
  }

  /**
   * Of two events assigned the same day, one signed for at once and one after its sign-for
   * deadline, only the first is a response: the day's response rate moves by exactly 1 of 2 (R8).
   */
  @Implements("R8")
  static final class LateSignForNotAResponse extends HttpCheck {
    /** The day both events are assigned: a Tuesday. */
    static final OffsetDateTime ASSIGNED =
        OffsetDateTime.of(2026, 11, 10, 9, 0, 0, 0, TenantClockChecks.BEIJING);

    /** How many days after the assignment the second event is signed for (its deadline passed). */
    /** How many days after the assignment the kit's sheet period reaches. */
    static final int PERIOD_DAYS = 30;

    LateSignForNotAResponse() {
      super(
          "evaluation-late-sign-for",
          "R8 a sign-for after its deadline is not a response: the response rate moves by 1 of 2",
          "evaluation",
          List.of("R8"),
          List.of(
              "PUT /api/v1/inspection/clock (to "
                  + ASSIGNED
                  + ", past one sign-for deadline, back)",
              "POST /api/v1/matters, …/decision, /api/v1/events, …/triage and …/steps (two events"
                  + " assigned and signed for)"));
    }

    @Override
    public void run(Probe p) throws Exception {
      if (!p.settings().tenant()) {
        p.skip("signing for after a deadline needs the inspection tenant's own clock");
      }
      TenantTime.at(p, ASSIGNED, () -> check(p));
    }

    private void check(Probe p) throws Exception {
      String county = p.settings().county();
      // the period runs from the day of assignment far enough to hold the late sign-for, whatever
      // response deadline the deployment sets (R8 makes it configurable): a sheet counts only what
      // happened by its cut-off, so both sign-fors must fall inside it
      LocalDate day = ASSIGNED.toLocalDate();
      LocalDate periodEnd = day.plusDays(PERIOD_DAYS);
      String sheet =
          "/api/v1/evaluation/sheet?county=" + county + "&period=" + day + ".." + periodEnd;
      Map<String, JsonObject> before = FiguresRecomputed.settled(p, sheet);

      String onTime = assigned(p, "按时签收");
      String late = assigned(p, "超时签收");
      p.require(
          EventChecks.step(p, onTime, "{\"step\":\"SIGN_FOR\"}"),
          200,
          "/api/v1/events/{matter}/steps",
          "signing for the first event at once");
      JsonObject file =
          p.require(
              p.get("/api/v1/supervision/files/" + late + "?county=" + county),
              200,
              "/api/v1/supervision/files/{subject}",
              "the late event's supervision file");
      String due =
          Fixtures.objects(file, "clocks").stream()
              .filter(c -> "SIGN_FOR".equals(c.getString("step", "")))
              .map(c -> c.getString("deadline", ""))
              .findFirst()
              .orElse("");
      if (!p.expect(
          due.matches("\\d{4}-\\d{2}-\\d{2}.*"),
          "the assigned event has a sign-for deadline (" + due + ")")) {
        return;
      }
      LocalDate dueDay = LocalDate.parse(due.substring(0, 10));
      // signed for the day after the deadline's day: late whatever hour the deadline has
      LocalDate lateDay = dueDay.plusDays(1);
      if (lateDay.isAfter(periodEnd)) {
        p.skip(
            "the sign-for deadline "
                + dueDay
                + " lies beyond the "
                + PERIOD_DAYS
                + " days the kit reads; the late sign-for could not be tried");
      }
      OffsetDateTime after = lateDay.atTime(10, 0).atOffset(TenantClockChecks.BEIJING);
      TenantTime.set(p, after);
      JsonObject signed =
          p.require(
              EventChecks.step(p, late, "{\"step\":\"SIGN_FOR\"}"),
              200,
              "/api/v1/events/{matter}/steps",
              "signing for the second event on "
                  + after.toLocalDate()
                  + ", after its deadline "
                  + due);
      p.note("signed for late: " + signed.getString("state", "?"));

      Map<String, JsonObject> now = FiguresRecomputed.overall(p, sheet, "the sheet after");
      for (int wait = 0; wait < 10 && !moved(before, now); wait++) {
        Thread.sleep(1000);
        now = FiguresRecomputed.overall(p, sheet, "the sheet after, again");
      }
      // the late sign-for may reach the figures a moment after the others: read until settled
      now = FiguresRecomputed.settled(p, sheet, "the sheet after, settled");
      JsonObject b = before.get("RESPONSE_RATE");
      JsonObject a = now.get("RESPONSE_RATE");
      p.note("RESPONSE_RATE before " + b + ", after " + a);
      if (!p.expect(a != null && b != null, "the sheet has RESPONSE_RATE")) {
        return;
      }
      long dn = FiguresRecomputed.count(a, "numerator") - FiguresRecomputed.count(b, "numerator");
      long dd =
          FiguresRecomputed.count(a, "denominator") - FiguresRecomputed.count(b, "denominator");
      p.expect(
          dd == 2,
          "both assignments of " + day + " count in the response rate's denominator (+" + dd + ")");
      p.expect(
          dn == 1,
          "only the sign-for within its deadline counts as a response (numerator +" + dn + ")");
    }

    private static boolean moved(Map<String, JsonObject> before, Map<String, JsonObject> after) {
      JsonObject b = before.get("RESPONSE_RATE");
      JsonObject a = after.get("RESPONSE_RATE");
      return a != null
          && b != null
          && FiguresRecomputed.count(a, "denominator") - FiguresRecomputed.count(b, "denominator")
              >= 2
          && FiguresRecomputed.count(a, "numerator") - FiguresRecomputed.count(b, "numerator") >= 1;
    }

    private static String assigned(Probe p, String note) throws Exception {
      String n = EventChecks.received(p, note);
      EventChecks.triage(
          p,
          n,
          "{\"units\":[\"kit-township-a\"],\"lead\":\"kit-township-a\"}",
          "assigning the event");
      return n;
    }
  }
}
