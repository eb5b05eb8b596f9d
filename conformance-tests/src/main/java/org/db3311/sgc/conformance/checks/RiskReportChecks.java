package org.db3311.sgc.conformance.checks;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.db3311.sgc.conformance.ConformanceCheck;
import org.db3311.sgc.conformance.Deployment;
import org.db3311.sgc.conformance.Probe;
import org.db3311.sgc.core.catalog.Implements;

/**
 * Risk analysis (社会风险分析研判, 6.4.1): the day's collection must hold the matters the kit registered
 * with their time, place, handling and result (6.4.1.1); the bulletin of a week that has ended
 * counts the kit's matters by type and cause and refers to a special report for the major risk the
 * kit brought, one report per risk (6.4.1.2); the report of a month that has ended counts them too
 * and is signed off only with mitigation measures (6.4.1.3). The weekly and monthly checks move the
 * inspection tenant's clock to a past period and back.
 */
public final class RiskReportChecks {

  /** A category the kit's other checks do not use, so that its counts are the kit's own. */
  static final String CATEGORY = "dispute.forest_land";

  private RiskReportChecks() {}

  public static List<ConformanceCheck> all() {
    return List.of(new DailyCollection(), new WeeklyBulletin(), new MonthlyReport());
  }

  /** The matters registered today, and the one closed today, are in the day's collection. */
  @Implements("6.4.1.1")
  static final class DailyCollection extends HttpCheck {
    DailyCollection() {
      super(
          "risk-daily-collection",
          "6.4.1.1 the day's collection holds the kit's matters of every kind with time, place,"
              + " handling and result",
          "analysis",
          List.of("6.4.1.1"),
          List.of(
              "POST /api/v1/matters (a petition, a stability event, a safety hazard, a public"
                  + " demand)",
              "POST /api/v1/matters, /api/v1/mediations and each step to closure (one dispute)"));
    }

    @Override
    public void run(Probe p) throws Exception {
      String day = HttpSteps.today(p).toString();
      String path = "/api/v1/risk/daily-collections/" + day + HttpSteps.county(p) + "&size=200";
      JsonObject before =
          p.require(p.get(path), 200, "/api/v1/risk/daily-collections/{day}", "the day so far");
      Map<String, String> kit = new LinkedHashMap<>();
      for (String category :
          List.of(
              "event.petition", "event.stability", "event.safety_hazard", "event.public_demand")) {
        kit.put(
            Fixtures.registered(p, "WINDOW", null, category, "每日采集 " + category, Fixtures.COMPLETE),
            category);
      }
      String closed = CaseworkChecks.mediatedAndClosed(p, "每日采集 调解结案");
      kit.put(closed, "dispute.neighbour");

      // the collection may be fed a moment after the registrations: read until all are in
      Map<String, JsonObject> registered = Map.of();
      Map<String, JsonObject> resolved = Map.of();
      JsonObject after = before;
      for (int attempt = 0; attempt < 10; attempt++) {
        if (attempt > 0) {
          Thread.sleep(1000);
        }
        after =
            p.require(
                p.get(path), 200, "/api/v1/risk/daily-collections/{day}", "the day's collection");
        registered = lines(p, path, after, "registered");
        resolved = lines(p, path, after, "resolved");
        if (registered.keySet().containsAll(kit.keySet()) && resolved.containsKey(closed)) {
          break;
        }
      }
      p.expect(
          after.getBoolean("interim", false),
          "the collection of a day still running says it is interim");
      p.expect(
          after.getInt("registeredTotal", 0) - before.getInt("registeredTotal", 0) == kit.size(),
          "the day's registered count grew by the kit's "
              + kit.size()
              + " matters ("
              + before.getInt("registeredTotal", 0)
              + " → "
              + after.getInt("registeredTotal", 0)
              + ")");
      Set<String> kinds = new TreeSet<>();
      for (var e : kit.entrySet()) {
        JsonObject line = registered.get(e.getKey());
        if (!p.expect(line != null, e.getValue() + " " + e.getKey() + " is collected")) {
          continue;
        }
        kinds.add(line.getString("kind", ""));
        p.expect(
            e.getValue().equals(line.getString("category", ""))
                && present(line, "occurredAt")
                && present(line, "registeredAt")
                && (present(line, "place") || present(line, "placeLabel"))
                && present(line, "handlingMethod"),
            e.getKey()
                + " is collected with its type, time, place and handling ("
                + line.getString("category", "?")
                + ", "
                + line.getString("occurredAt", "?")
                + ", "
                + line.getString("placeLabel", line.getString("place", "?"))
                + ", "
                + line.getString("handlingMethod", "?")
                + ")");
      }
      p.expect(
          kinds.size() == kit.size(),
          "disputes, petitions, stability events, safety hazards and public demands are told apart "
              + kinds);
      JsonObject result = resolved.get(closed);
      p.expect(
          result != null && present(result, "result"),
          "the dispute closed today is collected with its result ("
              + (result == null ? "absent" : result.getString("result", "none"))
              + ")");
    }

    private static Map<String, JsonObject> lines(
        Probe p, String path, JsonObject first, String list) throws Exception {
      Map<String, JsonObject> m = new LinkedHashMap<>();
      JsonObject page = first;
      for (int n = 0; ; n++) {
        Fixtures.objects(page, list).forEach(i -> m.put(i.getString("matter", ""), i));
        if (!page.getBoolean("more", false) || n >= 20) {
          return m;
        }
        page =
            p.require(
                p.get(path + "&page=" + (n + 1)),
                200,
                "/api/v1/risk/daily-collections/{day}",
                "the next page");
      }
    }
  }

  /**
   * A week that has ended: its bulletin counts the kit's matters by type and has a cause section;
   * the stability event the kit brought is a major risk with a special report of its own, which the
   * bulletin refers to; a risk the analyst names gets a special report of its own (一事一专报).
   */
  @Implements("6.4.1.2")
  static final class WeeklyBulletin extends HttpCheck {
    static final OffsetDateTime IN_WEEK = OffsetDateTime.parse("2026-06-10T10:00:00+08:00");
    static final OffsetDateTime AFTER_WEEK = OffsetDateTime.parse("2026-06-15T10:00:00+08:00");

    WeeklyBulletin() {
      super(
          "risk-weekly-bulletin",
          "6.4.1.2 the week's bulletin gives types and causes; each major risk its own special"
              + " report",
          "analysis",
          List.of("6.4.1.2"),
          List.of(
              "PUT /api/v1/inspection/clock (to 2026-06-10, then 2026-06-15, then back)",
              "POST /api/v1/matters (two disputes, one stability event, in week 2026-W24)",
              "POST /api/v1/risk/weekly-reports (2026-W24, twice) and …/sign-off",
              "POST /api/v1/risk/special-reports (one named risk)"));
    }

    @Override
    public void run(Probe p) throws Exception {
      if (!p.settings().tenant()) {
        p.skip("a week that has ended with the kit's matters in it needs the tenant's clock");
      }
      HttpSteps.onTheClock(p, IN_WEEK, () -> check(p));
    }

    private void check(Probe p) throws Exception {
      List<String> disputes = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        disputes.add(
            Fixtures.registered(p, "WINDOW", null, CATEGORY, "周报 " + i, Fixtures.COMPLETE));
      }
      String stability =
          Fixtures.registered(p, "WINDOW", null, "event.stability", "周报 涉稳", Fixtures.COMPLETE);
      HttpSteps.setClock(p, AFTER_WEEK);

      String county = HttpSteps.county(p);
      String week = "{\"day\":\"" + IN_WEEK.toLocalDate() + "\"}";
      JsonObject drafted =
          p.require(
              p.post("/api/v1/risk/weekly-reports" + county, week),
              200,
              "/api/v1/risk/weekly-reports",
              "the bulletin of week 2026-W24, once it has ended");
      p.expect(
          "FINAL".equals(drafted.getString("status", "")),
          "the bulletin of a week that has ended is kept ("
              + drafted.getString("status", "?")
              + ")");
      JsonObject report = object(drafted, "report");
      JsonObject dossier = object(drafted, "dossier");
      if (!p.expect(report != null && dossier != null, "the bulletin comes with its dossier")) {
        return;
      }
      signedBefore(p, dossier);
      long counted = count(report, "类型", CATEGORY);
      p.expect(
          counted >= disputes.size(),
          "its types count the kit's " + disputes.size() + " " + CATEGORY + " (" + counted + ")");
      p.expect(
          section(report, "成因") != null
              && !Fixtures.objects(section(report, "成因"), "tables").isEmpty(),
          "it sums up the causes");

      List<String> specials = strings(report, "references");
      boolean referred = false;
      for (String ref : specials) {
        JsonObject special =
            p.require(
                p.get("/api/v1/risk/reports/" + ref + county),
                200,
                "/api/v1/risk/reports/{id}",
                "the special report " + ref);
        referred |=
            "SPECIAL".equals(special.getString("kind", ""))
                && special.toString().contains(stability);
      }
      p.expect(
          referred,
          "the stability event "
              + stability
              + " has a special report of its own, to which the bulletin refers "
              + specials);
      JsonObject again =
          p.require(
              p.post("/api/v1/risk/weekly-reports" + county, week),
              200,
              "/api/v1/risk/weekly-reports",
              "the same week asked again");
      p.expect(
          again.containsKey("dossier")
              && !again.isNull("dossier")
              && dossier.getString("id").equals(again.getJsonObject("dossier").getString("id", "")),
          "asked again, the week has the same bulletin (" + dossier.getString("id") + ")");
      String path = "/api/v1/risk/reports/" + dossier.getString("id") + county;
      JsonObject signed =
          p.require(
              HttpSteps.change(p, path, "/sign-off", null),
              200,
              "/api/v1/risk/reports/{id}/sign-off",
              "signing off the bulletin");
      p.expect(
          "SIGNED_OFF".equals(signed.getString("state", "")),
          "a bulletin with types and causes is signed off ("
              + signed.getString("state", "?")
              + ")");

      // 重大风险事项应一事一专报: a risk the analyst names gets one special report, never a second
      String risk = "KIT-" + p.settings().tag();
      String named =
          Json.createObjectBuilder()
              .add(
                  "risk",
                  Json.createObjectBuilder()
                      .add("id", risk)
                      .add("title", "林地权属群体性纠纷（检查用）")
                      .add("level", "ORANGE")
                      .add("explanation", "同一林地多户争议，有聚集苗头（检查用）")
                      .add("matters", Json.createArrayBuilder(disputes))
                      .add("owner", "county.center"))
              .build()
              .toString();
      Deployment.Answer first = p.post("/api/v1/risk/special-reports" + county, named);
      JsonObject one = p.require(first, 201, "/api/v1/risk/special-reports", "a named major risk");
      JsonObject special =
          one.containsKey("dossier") && !one.isNull("dossier")
              ? one.getJsonObject("dossier")
              : null;
      // 一事一专报 asks each major risk for a report of its own; whether asking again drafts a
      // follow-up or answers the same report is the deployment's choice, not checked here
      p.expect(
          special != null && !special.getString("id", "").isBlank(),
          "the named risk has a special report of its own ("
              + (special == null ? "none" : special.getString("id", "?"))
              + ")");
      p.expect(
          one.toString().contains(risk),
          "the special report is about that risk (" + risk + "), not folded into the bulletin");
    }
  }

  /**
   * A month that has ended: its report counts the kit's matters by type, and it is signed off only
   * once it sets mitigation measures.
   */
  @Implements("6.4.1.3")
  static final class MonthlyReport extends HttpCheck {
    static final OffsetDateTime IN_MONTH = OffsetDateTime.parse("2026-04-15T10:00:00+08:00");
    static final OffsetDateTime AFTER_MONTH = OffsetDateTime.parse("2026-05-06T10:00:00+08:00");

    MonthlyReport() {
      super(
          "risk-monthly-report",
          "6.4.1.3 the month's report analyses the kit's matters and is signed off only with"
              + " mitigation measures",
          "analysis",
          List.of("6.4.1.3"),
          List.of(
              "PUT /api/v1/inspection/clock (to 2026-04-15, then 2026-05-06, then back)",
              "POST /api/v1/matters (two disputes in 2026-04)",
              "POST /api/v1/risk/monthly-reports (2026-04), …/sign-off, …/revisions"));
    }

    @Override
    public void run(Probe p) throws Exception {
      if (!p.settings().tenant()) {
        p.skip("a month that has ended with the kit's matters in it needs the tenant's clock");
      }
      HttpSteps.onTheClock(p, IN_MONTH, () -> check(p));
    }

    private void check(Probe p) throws Exception {
      for (int i = 0; i < 2; i++) {
        Fixtures.registered(p, "WINDOW", null, CATEGORY, "月报 " + i, Fixtures.COMPLETE);
      }
      HttpSteps.setClock(p, AFTER_MONTH);
      String county = HttpSteps.county(p);
      JsonObject drafted =
          p.require(
              p.post("/api/v1/risk/monthly-reports" + county, "{\"month\":\"2026-04\"}"),
              200,
              "/api/v1/risk/monthly-reports",
              "the report of 2026-04, once it has ended");
      p.expect(
          "FINAL".equals(drafted.getString("status", "")),
          "the report of a month that has ended is kept ("
              + drafted.getString("status", "?")
              + ")");
      JsonObject report = object(drafted, "report");
      JsonObject dossier = object(drafted, "dossier");
      if (!p.expect(report != null && dossier != null, "the report comes with its dossier")) {
        return;
      }
      signedBefore(p, dossier);
      long counted = count(report, "类型", CATEGORY);
      p.expect(counted >= 2, "it analyses the kit's 2 " + CATEGORY + " (" + counted + ")");
      String path = "/api/v1/risk/reports/" + dossier.getString("id") + county;

      if (Fixtures.objects(report, "measures").isEmpty()) {
        Deployment.Answer refused = HttpSteps.change(p, path, "/sign-off", null);
        p.expect(
            refused.status() == 422,
            "a report without mitigation measures is not signed off (" + refused.status() + ")");
        JsonObject still =
            p.require(p.get(path), 200, "/api/v1/risk/reports/{id}", "the report after");
        p.expect(
            !"SIGNED_OFF".equals(still.getString("state", "")),
            "the refusal changes nothing (" + still.getString("state", "?") + ")");
        String due = AFTER_MONTH.toLocalDate().plusDays(30).toString();
        String revision =
            Json.createObjectBuilder()
                .add("title", "2026年4月社会风险研判报告（检查用修订）")
                .add(
                    "sections",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("heading", "总体情况")
                                .add(
                                    "paragraphs",
                                    Json.createArrayBuilder().add("林地纠纷 " + counted + " 件。"))))
                .add(
                    "measures",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("action", "开展林地权属纠纷专项排查（检查用）")
                                .add("owner", "county.center")
                                .add("due", due)
                                .add("answers", CATEGORY)))
                .build()
                .toString();
        p.require(
            HttpSteps.change(p, path, "/revisions", revision),
            200,
            "/api/v1/risk/reports/{id}/revisions",
            "a revision setting a mitigation measure");
      } else {
        p.note("the draft sets measures already: " + report.getJsonArray("measures"));
      }
      JsonObject signed =
          p.require(
              HttpSteps.change(p, path, "/sign-off", null),
              200,
              "/api/v1/risk/reports/{id}/sign-off",
              "signing off the report with its measures");
      p.expect(
          "SIGNED_OFF".equals(signed.getString("state", "")),
          "with mitigation measures the report is signed off ("
              + signed.getString("state", "?")
              + ")");
      List<JsonObject> versions = Fixtures.objects(signed, "versions");
      int v = signed.getInt("signedVersion", 0);
      JsonObject signedContent =
          versions.stream()
              .filter(x -> x.getInt("number", -1) == v)
              .map(x -> x.getJsonObject("content"))
              .findFirst()
              .orElse(null);
      p.expect(
          signedContent != null && !Fixtures.objects(signedContent, "measures").isEmpty(),
          "the version signed (" + v + ") carries the measures");
    }
  }

  static JsonObject section(JsonObject report, String heading) {
    return Fixtures.objects(report, "sections").stream()
        .filter(s -> heading.equals(s.getString("heading", "")))
        .findFirst()
        .orElse(null);
  }

  /** The first numeric column of the row {@code key} in the section's tables; 0 when absent. */
  static long count(JsonObject report, String heading, String key) {
    JsonObject s = section(report, heading);
    if (s == null) {
      return 0;
    }
    for (JsonObject t : Fixtures.objects(s, "tables")) {
      for (JsonValue row : t.getJsonArray("rows")) {
        List<String> cells =
            row.asJsonArray().stream()
                .map(c -> c instanceof JsonString js ? js.getString() : c.toString())
                .toList();
        if (cells.size() > 1 && key.equals(cells.get(0)) && cells.get(1).matches("\\d+")) {
          return Long.parseLong(cells.get(1));
        }
      }
    }
    return 0;
  }

  static List<String> strings(JsonObject o, String key) {
    return o.containsKey(key) && !o.isNull(key)
        ? o.getJsonArray(key).getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .toList()
        : List.of();
  }

  /** A report kept from a run whose data was not removed cannot be signed again: not verified. */
  static void signedBefore(Probe p, JsonObject dossier) {
    if ("SIGNED_OFF".equals(dossier.getString("state", ""))) {
      p.skip(
          "the tenant holds "
              + dossier.getString("id", "the report")
              + " signed off before this run (its data was not removed); remove the tenant's data"
              + " and run again");
    }
  }

  /** The object under {@code key}; null when absent, null or not an object. */
  static JsonObject object(JsonObject o, String key) {
    return o.get(key) instanceof JsonObject j ? j : null;
  }

  static boolean present(JsonObject o, String key) {
    return o.containsKey(key) && !o.isNull(key) && !o.getString(key, "").isBlank();
  }
}
