package org.db3311.sgc.server.assessment;

import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.db3311.sgc.core.assessment.AssessmentReport;
import org.db3311.sgc.core.assessment.finding.Fact;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.finding.Verdict;
import org.db3311.sgc.core.catalog.ClauseId;
import org.db3311.sgc.core.catalog.NormativeLevel;

/**
 * Writes an assessment report as the JSON the API has always answered: the properties of the report
 * and of each finding in alphabetical order (as JSON-B wrote the former view records), counts by
 * level and verdict name, a fact named twice joined with "; ".
 *
 * <p>Written with the streaming generator instead of JSON-B because JSON-B's reflection, its cycle
 * check hashing every finding, and the detour through one large {@code String} took a sixth of the
 * CPU an assessment over HTTP cost (README, Benchmarks); {@code AssessmentReportJsonTest} holds the
 * old view records and checks both write the same bytes.
 */
final class AssessmentReportJson {

  /** Looked up once: {@code Json.createGenerator} searches the class path on every call. */
  private static final JsonGeneratorFactory GENERATORS =
      JsonProvider.provider().createGeneratorFactory(Map.of());

  /** A report of the standard's catalog is 15–20 kB; one buffer, never grown on the way. */
  private static final int EXPECTED_SIZE = 24 * 1024;

  private AssessmentReportJson() {}

  /** The report as UTF-8 JSON. */
  static byte[] bytes(AssessmentReport report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(EXPECTED_SIZE);
    try (JsonGenerator g = GENERATORS.createGenerator(out, StandardCharsets.UTF_8)) {
      write(report, g);
    }
    return out.toByteArray();
  }

  private static void write(AssessmentReport r, JsonGenerator g) {
    g.writeStartObject();
    g.write("assessedOn", r.assessedOn().toString());
    g.writeStartObject("counts");
    Map<String, Map<Verdict, Integer>> byLevel = new TreeMap<>();
    for (Map.Entry<NormativeLevel, Map<Verdict, Integer>> e : r.counts().entrySet()) {
      byLevel.put(e.getKey().name(), e.getValue());
    }
    for (Map.Entry<String, Map<Verdict, Integer>> level : byLevel.entrySet()) {
      g.writeStartObject(level.getKey());
      Map<String, Integer> byVerdict = new TreeMap<>();
      level.getValue().forEach((v, n) -> byVerdict.put(v.name(), n));
      byVerdict.forEach(g::write);
      g.writeEnd();
    }
    g.writeEnd();
    optional(g, "county", r.county().code().value());
    optional(g, "countyName", r.county().name());
    g.writeStartArray("findings");
    for (Finding f : r.findings()) {
      finding(f, g);
    }
    g.writeEnd();
    g.write("mode", r.mode().name());
    optional(g, "modeZh", r.mode().zh());
    g.write("overall", r.overall().name());
    g.write("tier", r.tier().name());
    g.writeEnd();
  }

  private static void finding(Finding f, JsonGenerator g) {
    g.writeStartObject();
    g.write("clause", f.clause().value());
    g.writeStartObject("facts");
    facts(f.facts()).forEach(g::write);
    g.writeEnd();
    g.write("level", f.level().name());
    optional(g, "messageEn", f.messageEn());
    optional(g, "messageZh", f.messageZh());
    g.writeStartArray("rulings");
    for (ClauseId ruling : f.rulings()) {
      g.write(ruling.toString());
    }
    g.writeEnd();
    g.write("verdict", f.verdict().name());
    g.writeEnd();
  }

  /** One entry per name, in the order first given; a name given again adds its value after "; ". */
  private static Map<String, String> facts(List<Fact> facts) {
    Map<String, String> byName = new LinkedHashMap<>();
    for (Fact x : facts) {
      byName.merge(x.name(), x.value(), (a, b) -> a + "; " + b);
    }
    return byName;
  }

  /** JSON-B left a null property out; so does this writer. */
  private static void optional(JsonGenerator g, String name, String value) {
    if (value != null) {
      g.write(name, value);
    }
  }
}
