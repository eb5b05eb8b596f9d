package org.db3311.sgc.conformance.checks;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonPatch;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.function.UnaryOperator;
import org.db3311.sgc.adapter.profilejson.JsonCenterProfileCodec;
import org.db3311.sgc.conformance.Deployment;
import org.db3311.sgc.conformance.Probe;

/**
 * Checks a deployment's center assessment at a clause's boundary: the kit takes an example profile
 * of the published format, changes one fact on each side of the boundary, submits both to {@code
 * POST /api/assessments} and compares the verdict the deployment gives the clause.
 */
public final class AssessmentVariantCheck extends HttpCheck {

  /** The day the kit assesses on, inside the example attestations' validity. */
  public static final String ASSESSED_ON = "2025-06-30";

  /**
   * One submitted profile and the verdict expected for a clause.
   *
   * @param example the example profile changed (a name of the published format's examples)
   * @param description what was changed, for the report
   * @param patch the change to the example, as a JSON Patch (RFC 6902)
   * @param clause the clause whose finding is compared
   * @param expectedVerdict the verdict a conformant deployment gives
   */
  public record Variant(
      String example,
      String description,
      UnaryOperator<JsonObject> patch,
      String clause,
      String expectedVerdict) {}

  private final List<Variant> variants;

  public AssessmentVariantCheck(
      String id, String name, List<String> clauses, List<Variant> variants) {
    super(id, name, "assessment", clauses, List.of());
    this.variants = List.copyOf(variants);
  }

  /** A variant replacing the value at a JSON Pointer. */
  public static Variant replace(
      String example,
      String description,
      String pointer,
      JsonValue value,
      String clause,
      String verdict) {
    JsonPatch patch = Json.createPatchBuilder().replace(pointer, value).build();
    return new Variant(example, description, patch::apply, clause, verdict);
  }

  @Override
  public void run(Probe p) throws Exception {
    for (Variant v : variants) {
      JsonObject profile = v.patch().apply(example(v.example()));
      Deployment.Answer a =
          p.post("/api/assessments?assessedOn=" + ASSESSED_ON, profile.toString());
      String verdict = verdictOf(a, v.clause());
      p.expect(
          v.expectedVerdict().equals(verdict),
          v.example()
              + " with "
              + v.description()
              + " → "
              + v.clause()
              + " "
              + verdict
              + " (expected "
              + v.expectedVerdict()
              + ")");
    }
  }

  private static JsonObject example(String name) {
    try (JsonReader r =
        Json.createReader(new StringReader(JsonCenterProfileCodec.example(name + ".json")))) {
      return r.readObject();
    }
  }

  private static String verdictOf(Deployment.Answer a, String clause) {
    if (a.status() != 200 || !(a.json() instanceof JsonObject report)) {
      return "HTTP " + a.status();
    }
    return report.getJsonArray("findings").getValuesAs(JsonObject.class).stream()
        .filter(f -> clause.equals(f.getString("clause", "")))
        .map(f -> f.getString("verdict", "?"))
        .findFirst()
        .orElse("no finding");
  }
}
