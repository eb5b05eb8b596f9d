package org.db3311.sgc.conformance.checks;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.Map;
import java.util.TreeMap;
import org.db3311.sgc.adapter.profilejson.JsonCenterProfileCodec;
import org.db3311.sgc.conformance.Deployment;
import org.db3311.sgc.conformance.Probe;
import org.db3311.sgc.core.catalog.Clause;
import org.db3311.sgc.core.catalog.ClauseCatalog;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.catalog.Verification;

/**
 * R11: the catalog's verification column decides what a report needs. The kit submits one profile
 * with every attestation taken out, once as a self-assessment and once as an inspection, and
 * compares: each report states the mode it was asked for; an attestation clause lacks its evidence
 * in both; an organisational clause is judged from the declared facts in the self-assessment and
 * lacks its evidence in the inspection; no other clause lacks evidence.
 */
@Implements("R11")
final class EvidenceModeCheck extends HttpCheck {

  private static final String EXAMPLE = "tier1-conformant";

  private final ClauseCatalog catalog = ClauseCatalog.standard();

  EvidenceModeCheck() {
    super(
        "assessment-evidence-mode",
        "R11 evidence by the verification column, in a self-assessment and in an inspection",
        "assessment",
        java.util.List.of("R11"),
        java.util.List.of());
  }

  @Override
  public void run(Probe p) throws Exception {
    String bare;
    try (JsonReader r =
        Json.createReader(new StringReader(JsonCenterProfileCodec.example(EXAMPLE + ".json")))) {
      bare =
          Json.createObjectBuilder(r.readObject())
              .add("attestations", Json.createArrayBuilder())
              .build()
              .toString();
    }
    Map<String, String> self = verdicts(p, bare, "SELF_ASSESSMENT");
    Map<String, String> inspection = verdicts(p, bare, "INSPECTION");
    if (self == null || inspection == null) {
      return;
    }
    int organisational = 0;
    for (Map.Entry<String, String> f : inspection.entrySet()) {
      String clause = f.getKey();
      Verification how = catalog.find(clause).map(Clause::verification).orElse(Verification.NONE);
      String selfVerdict = self.getOrDefault(clause, "no finding");
      if (f.getValue().equals("NOT_APPLICABLE")) {
        continue;
      }
      switch (how) {
        case ATTESTATION -> {
          p.expect(
              selfVerdict.equals("EVIDENCE_MISSING"),
              clause + " (attestation) without its attestation, self-assessment → " + selfVerdict);
          p.expect(
              f.getValue().equals("EVIDENCE_MISSING"),
              clause + " (attestation) without its attestation, inspection → " + f.getValue());
        }
        case ORGANISATIONAL -> {
          organisational++;
          p.expect(
              !selfVerdict.equals("EVIDENCE_MISSING"),
              clause
                  + " (organisational) judged from the facts in a self-assessment → "
                  + selfVerdict);
          p.expect(
              f.getValue().equals("EVIDENCE_MISSING"),
              clause + " (organisational) without its attestation, inspection → " + f.getValue());
        }
        default ->
            p.expect(
                !f.getValue().equals("EVIDENCE_MISSING") && !selfVerdict.equals("EVIDENCE_MISSING"),
                clause
                    + " ("
                    + how
                    + ") never waits for an attestation → "
                    + selfVerdict
                    + ", "
                    + f.getValue());
      }
    }
    p.expect(
        organisational > 0,
        "the reports judge " + organisational + " organisational clause(s) in the example");
  }

  /** The verdict per clause of one assessment, or null when the report is unusable. */
  private static Map<String, String> verdicts(Probe p, String profile, String mode)
      throws Exception {
    Deployment.Answer a =
        p.post(
            "/api/assessments?assessedOn=" + AssessmentVariantCheck.ASSESSED_ON + "&mode=" + mode,
            profile);
    if (!p.expect(
        a.status() == 200 && a.json() instanceof JsonObject,
        "POST /api/assessments?mode=" + mode + " → HTTP " + a.status())) {
      return null;
    }
    JsonObject report = (JsonObject) a.json();
    p.expect(
        mode.equals(report.getString("mode", "")),
        "the report states its mode: asked "
            + mode
            + ", stated "
            + report.getString("mode", "none"));
    Map<String, String> verdicts = new TreeMap<>();
    for (JsonObject f : report.getJsonArray("findings").getValuesAs(JsonObject.class)) {
      verdicts.put(f.getString("clause", "?"), f.getString("verdict", "?"));
    }
    return verdicts;
  }
}
