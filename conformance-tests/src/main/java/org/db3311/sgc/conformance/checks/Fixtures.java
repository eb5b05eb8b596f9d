package org.db3311.sgc.conformance.checks;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import org.db3311.sgc.conformance.Deployment;
import org.db3311.sgc.conformance.Probe;

/**
 * The records the kit creates: fictitious parties (names the evidence redacts, identity numbers
 * with a valid check digit, phone numbers of a reserved-looking range), every description carrying
 * the run's tag so that whatever is left behind can be found.
 */
public final class Fixtures {

  /** The kit's fictitious parties. */
  public static final String APPLICANT = "检查员甲";

  public static final String RESPONDENT = "检查员乙";

  /** Names the evidence redacts wherever they appear. */
  public static final Set<String> NAMES = Set.of(APPLICANT, RESPONDENT);

  static final String ID_NUMBER = "11010519491231002X";
  static final String PHONE = "13800000000";

  private Fixtures() {}

  /** A registration in the run's county; {@code kinds} the materials brought (codes). */
  static String registration(
      Probe p, String channel, String source, String category, String note, List<String> kinds) {
    var materials = Json.createArrayBuilder();
    for (String k : kinds) {
      materials.add(Json.createObjectBuilder().add("kind", k).add("description", k + "（检查用）"));
    }
    var b =
        Json.createObjectBuilder()
            .add("channel", channel)
            .add(
                "parties",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("role", "APPLICANT")
                            .add("type", "CITIZEN")
                            .add("name", APPLICANT)
                            .add("idNumber", ID_NUMBER)
                            .add("phone", PHONE))
                    .add(
                        Json.createObjectBuilder()
                            .add("role", "RESPONDENT")
                            .add("type", "CITIZEN")
                            .add("name", RESPONDENT)))
            .add("category", category)
            .add(
                "place",
                Json.createObjectBuilder()
                    .add("county", p.settings().county())
                    .add("address", "合规检查地址 " + p.settings().tag() + " " + note))
            .add("description", "合规检查（" + p.settings().tag() + "）：" + note)
            .add("materials", materials);
    if (source != null) {
      b.add("source", Json.createObjectBuilder().add("system", channel).add("reference", source));
    }
    return b.build().toString();
  }

  /** Every material 6.1.2 asks of a window registration. */
  static final List<String> COMPLETE = List.of("id_card", "application", "registration_form");

  /** Registers a complete matter and accepts it; its number. */
  static String accepted(Probe p, String category, String note) throws Exception {
    String number = registered(p, "WINDOW", null, category, note, COMPLETE);
    JsonObject d =
        p.require(
            p.change("/api/v1/matters/" + number, "/decision", "{\"verdict\":\"REVIEW\"}"),
            200,
            "/api/v1/matters/{number}/decision",
            "the review of complete material");
    p.expect(
        "ACCEPTED".equals(d.getString("outcome", "")),
        "complete material is accepted on the spot (outcome " + d.getString("outcome", "?") + ")");
    return number;
  }

  /** Registers a matter; its number. */
  static String registered(
      Probe p, String channel, String source, String category, String note, List<String> kinds)
      throws Exception {
    Deployment.Answer a =
        p.post("/api/v1/matters", registration(p, channel, source, category, note, kinds));
    JsonObject r = p.require(a, 201, "/api/v1/matters", "a registration");
    return r.getString("number");
  }

  static List<JsonObject> objects(JsonObject o, String key) {
    JsonArray a = o.containsKey(key) && !o.isNull(key) ? o.getJsonArray(key) : null;
    return a == null ? List.of() : a.getValuesAs(JsonObject.class);
  }
}
