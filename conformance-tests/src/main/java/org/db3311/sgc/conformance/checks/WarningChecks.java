package org.db3311.sgc.conformance.checks;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.db3311.sgc.conformance.ConformanceCheck;
import org.db3311.sgc.conformance.Probe;
import org.db3311.sgc.core.catalog.Implements;

/**
 * Risk identification and early warning: 应用线上和线下各类数据，识别有可能产生的社会风险，并进行管控 (6.5.1) and
 * 建立智能预测预警机制和模型，不定时发布社会稳定风险预警 (6.5.2). The kit brings petitions from one person, online and at the
 * window; a scan run when the kit asks must raise a warning naming those matters with its reasons,
 * and the warning is then published, acknowledged by its owning unit and closed with how the risk
 * was handled.
 */
public final class WarningChecks {

  /** A person of the kit's own, so that no other check's matter counts towards the warning. */
  static final String PETITIONER_ID = "110105198505050011";

  /** The most petitions the kit brings before it concludes that nothing warns of them. */
  static final int MOST = 8;

  private WarningChecks() {}

  public static List<ConformanceCheck> all() {
    return List.of(new RepeatPetitionsWarned());
  }

  /** Petitions by one person raise a warning on a scan, handled to its close. */
  @Implements({"6.5.1", "6.5.2"})
  static final class RepeatPetitionsWarned extends HttpCheck {
    RepeatPetitionsWarned() {
      super(
          "warning-repeat-petitions",
          "6.5.1/6.5.2 petitions by one person, online and offline, raise a warning on a scan;"
              + " it is published, acknowledged and closed",
          "analysis",
          List.of("6.5.1", "6.5.2"),
          List.of(
              "POST /api/v1/matters (three petitions by one person, up to eight when three raise"
                  + " nothing: the first two at the window, one"
                  + " transferred from 浙里访)",
              "POST /api/v1/warnings/scans",
              "POST /api/v1/warnings/{id}/publication, …/acknowledgement, …/closure"));
    }

    @Override
    public void run(Probe p) throws Exception {
      if (!p.settings().tenant()) {
        // a scan runs the model over every matter of the county: outside the tenant it would
        // raise, and publish, warnings about real people
        p.skip("a scan of a real county's matters would raise warnings about them: tenant only");
      }
      String county = HttpSteps.county(p);
      List<String> matters = new ArrayList<>();
      // three petitions first (the reference product's lowest level); more if nothing warns
      for (int i = 0; i < 2; i++) {
        matters.add(petition(p, "WINDOW", null, "重复信访 窗口 " + i, Fixtures.COMPLETE));
      }
      matters.add(
          petition(
              p,
              "ZHELIFANG",
              "KIT-" + p.settings().tag() + "-W",
              "重复信访 浙里访",
              List.of("source_record")));
      p.note("the kit's petitions: " + matters);

      JsonObject warning = scanFor(p, county, matters);
      if (warning == null) {
        // the standard sets no threshold: a deployment may want more than three before it warns
        p.note("no warning after three petitions; the kit brings " + (MOST - 3) + " more");
        for (int i = 3; i < MOST; i++) {
          matters.add(petition(p, "WINDOW", null, "重复信访 追加 " + i, Fixtures.COMPLETE));
        }
        warning = scanFor(p, county, matters);
      }
      if (!p.expect(
          warning != null,
          "a scan raises a warning naming the kit's " + matters.size() + " petitions " + matters)) {
        return;
      }
      String id = warning.getString("id");
      p.expect(
          !Fixtures.objects(warning, "reasons").isEmpty()
              && Fixtures.objects(warning, "reasons").stream()
                  .allMatch(r -> !r.getString("explanation", "").isBlank()),
          "the warning says why, with its reasons (" + warning.getJsonArray("reasons") + ")");
      p.expect(
          !warning.getString("level", "").isBlank() && !warning.getString("owner", "").isBlank(),
          "it has a level ("
              + warning.getString("level", "?")
              + ") and a unit that owns it ("
              + warning.getString("owner", "?")
              + ")");

      p.require(
          p.post("/api/v1/warnings/scans" + county, ""),
          200,
          "/api/v1/warnings/scans",
          "a second scan");
      long same =
          open(p, county).stream()
              .filter(w -> w.getJsonArray("matters").toString().contains(matters.get(0)))
              .count();
      p.expect(same == 1, "a second scan raises no second warning for them (" + same + " open)");

      String w = "/api/v1/warnings/" + id + county;
      String state = warning.getString("state", "");
      if ("RAISED".equals(state)) {
        JsonObject published =
            p.require(
                HttpSteps.change(p, w, "/publication", null),
                200,
                "/api/v1/warnings/{id}/publication",
                "publishing the warning");
        state = published.getString("state", "");
      }
      p.expect("PUBLISHED".equals(state), "the warning is published (" + state + ")");
      JsonObject acknowledged =
          p.require(
              HttpSteps.change(
                  p,
                  w,
                  "/acknowledgement",
                  "{\"unit\":\"" + warning.getString("owner", "") + "\"}"),
              200,
              "/api/v1/warnings/{id}/acknowledgement",
              "the owning unit's acknowledgement");
      p.expect(
          "ACKNOWLEDGED".equals(acknowledged.getString("state", "")),
          "the owning unit acknowledges it (" + acknowledged.getString("state", "?") + ")");
      JsonObject closed =
          p.require(
              HttpSteps.change(p, w, "/closure", "{\"outcome\":\"已约谈信访人并化解诉求（检查用）\"}"),
              200,
              "/api/v1/warnings/{id}/closure",
              "closing the warning with how the risk was handled");
      p.expect(
          "CLOSED".equals(closed.getString("state", "")),
          "it is closed with its outcome (" + closed.getString("state", "?") + ")");
      p.expect(
          Fixtures.objects(closed, "history").size() >= 3,
          "its history keeps every step (" + Fixtures.objects(closed, "history").size() + ")");
      p.expect(
          open(p, county).stream().noneMatch(o -> id.equals(o.getString("id", ""))),
          "a closed warning is no longer open");
    }

    /**
     * Runs scans until one has raised a warning naming all of {@code matters}: the model reads
     * facts the deployment may project a moment after the registration.
     */
    private static JsonObject scanFor(Probe p, String county, List<String> matters)
        throws Exception {
      for (int attempt = 0; attempt < 10; attempt++) {
        if (attempt > 0) {
          Thread.sleep(1000);
        }
        p.require(
            p.post("/api/v1/warnings/scans" + county, ""),
            200,
            "/api/v1/warnings/scans",
            "a scan run now");
        JsonObject w = about(open(p, county), matters);
        if (w != null) {
          return w;
        }
      }
      return null;
    }

    private static String petition(
        Probe p, String channel, String source, String note, List<String> kinds) throws Exception {
      String body =
          Fixtures.registration(p, channel, source, "event.petition", note, kinds)
              .replace(Fixtures.ID_NUMBER, PETITIONER_ID);
      return p.require(p.post("/api/v1/matters", body), 201, "/api/v1/matters", "a petition")
          .getString("number");
    }

    private static List<JsonObject> open(Probe p, String county) throws Exception {
      List<JsonObject> all = new ArrayList<>();
      for (int page = 0; page < 20; page++) {
        JsonObject o =
            p.require(
                p.get("/api/v1/warnings" + county + "&size=200&page=" + page),
                200,
                "/api/v1/warnings",
                "the open warnings");
        all.addAll(HttpSteps.items(o));
        if (!o.getBoolean("more", false)) {
          break;
        }
      }
      return all;
    }

    private static JsonObject about(List<JsonObject> warnings, List<String> matters) {
      return warnings.stream()
          .filter(
              w -> {
                String listed =
                    w.containsKey("matters") ? w.getJsonArray("matters").toString() : "";
                return matters.stream().allMatch(listed::contains);
              })
          .findFirst()
          .orElse(null);
    }
  }
}
