package org.db3311.sgc.conformance.checks;

import jakarta.json.JsonObject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.db3311.sgc.conformance.ConformanceCheck;
import org.db3311.sgc.conformance.Deployment;
import org.db3311.sgc.conformance.Probe;
import org.db3311.sgc.core.catalog.Implements;

/** Intake (6.1): the one-time supplement notice, acceptance and refusal, transfers. */
public final class IntakeChecks {

  private IntakeChecks() {}

  public static List<ConformanceCheck> all() {
    List<ConformanceCheck> all =
        new java.util.ArrayList<>(
            List.of(new SupplementNotice(), new AcceptAndRefuse(), new RepeatedTransfer()));
    all.addAll(ChannelChecks.all());
    return List.copyOf(all);
  }

  /**
   * A window registration missing the registration form, with two materials found defective (one of
   * them with two defects): the single notice lists every item at once; the applicant supplies them
   * and the matter is accepted without a second notice adding anything (6.1.1.1, 6.1.2, R7).
   */
  @Implements({"6.1.1.1", "6.1.2", "R7"})
  static final class SupplementNotice extends HttpCheck {
    SupplementNotice() {
      super(
          "intake-one-time-notice",
          "6.1.1.1/R7 the one-time supplement notice lists every missing and defective item at once",
          "intake",
          List.of("6.1.1.1", "6.1.2", "R7"),
          List.of(
              "POST /api/v1/matters (a window matter without its registration form)",
              "POST /api/v1/matters/{n}/decision REVIEW with three defects in two materials",
              "POST /api/v1/matters/{n}/materials (the missing and corrected materials)",
              "POST /api/v1/matters/{n}/decision REVIEW"));
    }

    @Override
    public void run(Probe p) throws Exception {
      String n =
          Fixtures.registered(
              p, "WINDOW", null, "dispute.neighbour", "一次性告知", List.of("id_card", "application"));
      String m = "/api/v1/matters/" + n;
      JsonObject matter = p.require(p.get(m), 200, "/api/v1/matters/{number}", "the matter");
      List<JsonObject> materials = Fixtures.objects(matter, "materials");
      int idCard = idOf(materials, "id_card");
      int application = idOf(materials, "application");
      String review =
          """
          {"verdict":"REVIEW","defects":[
            {"materialId":%d,"reason":"身份证复印件模糊"},
            {"materialId":%d,"reason":"申请书未签名"},
            {"materialId":%d,"reason":"申请书未写明请求事项"}]}
          """
              .formatted(idCard, application, application);
      JsonObject d =
          p.require(
              p.change(m, "/decision", review),
              200,
              "/api/v1/matters/{number}/decision",
              "the review");
      p.expect(
          "SUPPLEMENT_REQUESTED".equals(d.getString("outcome", "")),
          "incomplete material gives a supplement notice (outcome "
              + d.getString("outcome", "?")
              + ")");
      JsonObject notice =
          d.containsKey("notice") && !d.isNull("notice") ? d.getJsonObject("notice") : null;
      List<JsonObject> items = notice == null ? List.of() : Fixtures.objects(notice, "items");
      p.note("notice items: " + items);
      p.expect(
          items.stream().anyMatch(i -> "registration_form".equals(i.getString("kind", ""))),
          "the notice names the missing registration form (6.1.2)");
      p.expect(
          items.stream().anyMatch(i -> isDefect(i, idCard)),
          "the notice names the defective ID card");
      long applicationDefects = items.stream().filter(i -> isDefect(i, application)).count();
      p.expect(
          applicationDefects >= 1 && mentionsBoth(items, application),
          "the notice names both defects of the application (" + applicationDefects + " item(s))");
      p.expect(
          items.size() >= 3,
          "every missing and defective item at once: " + items.size() + " items");
      Set<String> first = new HashSet<>();
      items.forEach(i -> first.add(i.getString("kind", "") + "/" + i.getString("problem", "")));

      // the notice of record and the printed one are the notice the applicant holds: both whole
      JsonObject recorded = p.require(p.get(m), 200, "/api/v1/matters/{number}", "the matter");
      List<JsonObject> kept = Fixtures.objects(recorded, "notices");
      List<JsonObject> keptItems =
          kept.isEmpty() ? List.of() : Fixtures.objects(kept.get(kept.size() - 1), "items");
      p.expect(
          keptItems.size() == items.size(),
          "the matter keeps the notice with every item ("
              + keptItems.size()
              + " of "
              + items.size()
              + ")");
      Deployment.Answer printed = p.get(m + "/notice");
      if (printed.status() == 200) {
        p.expect(
            printed.body().contains("登记表") || printed.body().contains("registration_form"),
            "the printed notice names the registration form");
        for (JsonObject i : items) {
          String reason = i.getString("reason", "");
          if (!reason.isBlank()) {
            p.expect(printed.body().contains(reason), "the printed notice says: " + reason);
          }
        }
      } else {
        p.require(printed, 200, "/api/v1/matters/{number}/notice", "the printed notice");
      }

      String supplied =
          """
          {"materials":[{"kind":"registration_form","description":"登记表"},
                        {"kind":"id_card","description":"身份证复印件（清晰）"},
                        {"kind":"application","description":"申请书（已签名，写明请求）"}]}
          """;
      p.require(
          p.change(m, "/materials", supplied),
          200,
          "/api/v1/matters/{number}/materials",
          "the supplement");
      JsonObject d2 =
          p.require(
              p.change(m, "/decision", "{\"verdict\":\"REVIEW\"}"),
              200,
              "/api/v1/matters/{number}/decision",
              "the review after the supplement");
      String outcome = d2.getString("outcome", "");
      if ("SUPPLEMENT_REQUESTED".equals(outcome)) {
        List<JsonObject> later = Fixtures.objects(d2.getJsonObject("notice"), "items");
        p.expect(
            later.stream()
                .allMatch(
                    i ->
                        first.contains(i.getString("kind", "") + "/" + i.getString("problem", ""))),
            "a later notice adds no item missing at the first (R7): " + later);
      } else {
        p.expect(
            "ACCEPTED".equals(outcome),
            "supplied in full, the matter is accepted (" + outcome + ")");
      }
      JsonObject after = p.require(p.get(m), 200, "/api/v1/matters/{number}", "the matter");
      p.expect(
          Fixtures.objects(after, "notices").size() == 1,
          "one notice only: " + Fixtures.objects(after, "notices").size());
    }

    private static int idOf(List<JsonObject> materials, String kind) {
      return materials.stream()
          .filter(x -> kind.equals(x.getString("kind", "")))
          .mapToInt(x -> x.getInt("id", -1))
          .findFirst()
          .orElse(-1);
    }

    private static boolean isDefect(JsonObject item, int material) {
      return item.containsKey("materialId")
          && !item.isNull("materialId")
          && item.getInt("materialId") == material;
    }

    private static boolean mentionsBoth(List<JsonObject> items, int material) {
      String reasons =
          items.stream()
              .filter(i -> isDefect(i, material))
              .map(i -> i.getString("reason", ""))
              .reduce("", String::concat);
      return reasons.contains("未签名") && reasons.contains("请求事项");
    }
  }

  /** A complete matter is accepted on the spot; a refusal carries its reason; none without. */
  @Implements("6.1.1.1")
  static final class AcceptAndRefuse extends HttpCheck {
    AcceptAndRefuse() {
      super(
          "intake-accept-refuse",
          "6.1.1.1 acceptance on the spot, refusal only with a reason",
          "intake",
          List.of("6.1.1.1"),
          List.of(
              "POST /api/v1/matters (two complete window matters)",
              "POST /api/v1/matters/{n}/decision REVIEW; REFUSE without and with a reason"));
    }

    @Override
    public void run(Probe p) throws Exception {
      Fixtures.accepted(p, "dispute.neighbour", "当场受理");
      String n =
          Fixtures.registered(p, "WINDOW", null, "dispute.neighbour", "不予受理", Fixtures.COMPLETE);
      String m = "/api/v1/matters/" + n;
      Deployment.Answer noReason = p.change(m, "/decision", "{\"verdict\":\"REFUSE\"}");
      p.expect(
          noReason.status() == 400,
          "a refusal without a reason is refused (" + noReason.status() + ")");
      JsonObject d =
          p.require(
              p.change(
                  m,
                  "/decision",
                  "{\"verdict\":\"REFUSE\",\"reason\":\"不属于受理范围\",\"redirectTo\":\"县法院\"}"),
              200,
              "/api/v1/matters/{number}/decision",
              "a refusal with a reason");
      p.expect("REFUSED".equals(d.getString("outcome", "")), "the matter is refused");
      JsonObject after = p.require(p.get(m), 200, "/api/v1/matters/{number}", "the matter");
      JsonObject refusal =
          after.containsKey("refusal") && !after.isNull("refusal")
              ? after.getJsonObject("refusal")
              : null;
      p.expect(
          refusal != null && "不属于受理范围".equals(refusal.getString("reason", "")),
          "the refusal's reason is kept on the matter");
    }
  }

  /** A transfer repeated with its source reference registers nothing new (6.1.1.2.2). */
  @Implements("6.1.1.2.2")
  static final class RepeatedTransfer extends HttpCheck {
    RepeatedTransfer() {
      super(
          "intake-repeated-transfer",
          "6.1.1.2.2 a transfer repeated with the same source reference registers nothing new",
          "intake",
          List.of("6.1.1.2.2"),
          List.of("POST /api/v1/matters (one grid-worker transfer, sent twice)"));
    }

    @Override
    public void run(Probe p) throws Exception {
      String ref = "KIT-" + p.settings().tag();
      String body =
          Fixtures.registration(
              p, "GRID_WORKER", ref, "event.public_demand", "网格员转入", List.of("source_record"));
      JsonObject first =
          p.require(p.post("/api/v1/matters", body), 201, "/api/v1/matters", "a transfer");
      Deployment.Answer again = p.post("/api/v1/matters", body);
      JsonObject second = again.object();
      p.expect(
          again.status() == 200,
          "the repeated transfer answers 200, not a new registration (" + again.status() + ")");
      p.expect(
          first.getString("number", "").equals(second.getString("number", "-")),
          "the repeated transfer names the first matter ("
              + first.getString("number", "")
              + " / "
              + second.getString("number", "")
              + ")");
      p.expect(second.getBoolean("alreadyRegistered", false), "alreadyRegistered is true");
    }
  }
}
