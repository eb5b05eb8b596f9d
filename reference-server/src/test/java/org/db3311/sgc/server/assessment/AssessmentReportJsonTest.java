package org.db3311.sgc.server.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.db3311.sgc.adapter.profilejson.JsonCenterProfileCodec;
import org.db3311.sgc.core.assessment.AssessmentReport;
import org.db3311.sgc.core.assessment.Assessor;
import org.db3311.sgc.core.assessment.finding.EvidenceMode;
import org.db3311.sgc.core.assessment.finding.Fact;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.finding.Verdict;
import org.db3311.sgc.core.catalog.ClauseId;
import org.db3311.sgc.core.catalog.NormativeLevel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("The assessment report's JSON is what JSON-B wrote before, byte for byte")
class AssessmentReportJsonTest {

  private static final Jsonb JSONB = JsonbBuilder.create();
  private static final JsonCenterProfileCodec CODEC = new JsonCenterProfileCodec();
  private static final Assessor ASSESSOR = Assessor.standard();

  @AfterAll
  static void close() throws Exception {
    JSONB.close();
  }

  static Stream<Arguments> reports() {
    List<Arguments> cases = new ArrayList<>();
    for (String name : AssessmentResource.EXAMPLES) {
      String json = JsonCenterProfileCodec.example(name + ".json");
      var profile = CODEC.parseOrThrow(json);
      LocalDate day = JsonCenterProfileCodec.assessmentOf(json).orElseThrow().assessedOn();
      for (EvidenceMode mode : EvidenceMode.values()) {
        for (LocalDate on : List.of(day, LocalDate.of(2031, 1, 1))) {
          cases.add(Arguments.of(name, mode, on, ASSESSOR.assess(profile, on, mode)));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}, {1}, assessed on {2}")
  @MethodSource("reports")
  void every_example_in_either_mode_is_written_as_json_b_wrote_its_view(
      String name, EvidenceMode mode, LocalDate on, AssessmentReport report) {
    assertThat(AssessmentReportJson.bytes(report)).isEqualTo(asJsonBWroteIt(report));
  }

  @Test
  void a_fact_named_twice_and_every_kind_of_character_are_written_alike() {
    Finding finding =
        new Finding(
            ClauseId.of("5.1.1.2"),
            NormativeLevel.SHALL,
            Verdict.NONCONFORMS,
            List.of(ClauseId.of("R2")),
            List.of(
                new Fact("area", "2999.99 m²"),
                new Fact("note", "a \"quoted\" \\ line\nbreak\t\u0001"),
                new Fact("area", "second value"),
                new Fact("every character up to U+00FF", everyLatin1Character()),
                new Fact(
                    "beyond", "\u2028\u2029 \uD83D\uDE00 \uD800 lone \uDC00 surrogates \uFFFF")),
            "面积不足 \u2028",
            "area below </script>");
    AssessmentReport report =
        new AssessmentReport(
            org.db3311.sgc.core.assessment.profile.County.of("331121", "青田县"),
            org.db3311.sgc.core.assessment.profile.Tier.TIER_1,
            LocalDate.of(2026, 12, 4),
            EvidenceMode.INSPECTION,
            List.of(finding));

    byte[] after = AssessmentReportJson.bytes(report);

    assertThat(new String(after, StandardCharsets.UTF_8))
        .isEqualTo(new String(asJsonBWroteIt(report), StandardCharsets.UTF_8))
        .contains("\"area\":\"2999.99 m²; second value\"");
    assertThat(after).isEqualTo(asJsonBWroteIt(report));
  }

  /** What Jersey's JSON-B provider sent: JSON-B's text, encoded as UTF-8. */
  private static byte[] asJsonBWroteIt(AssessmentReport report) {
    return JSONB.toJson(OldReportView.of(report)).getBytes(StandardCharsets.UTF_8);
  }

  private static String everyLatin1Character() {
    StringBuilder s = new StringBuilder();
    for (char c = 0; c <= 0xff; c++) {
      s.append(c);
    }
    return s.toString();
  }

  /** The report's JSON shape as the resource declared it for JSON-B, up to commit ee07cbb. */
  public record OldReportView(
      String county,
      String countyName,
      String tier,
      String assessedOn,
      String mode,
      String modeZh,
      String overall,
      Map<String, Map<String, Integer>> counts,
      List<OldFindingView> findings) {
    static OldReportView of(AssessmentReport r) {
      Map<String, Map<String, Integer>> counts = new TreeMap<>();
      for (Map.Entry<NormativeLevel, Map<Verdict, Integer>> e : r.counts().entrySet()) {
        Map<String, Integer> perVerdict = new TreeMap<>();
        e.getValue().forEach((v, n) -> perVerdict.put(v.name(), n));
        counts.put(e.getKey().name(), perVerdict);
      }
      return new OldReportView(
          r.county().code().value(),
          r.county().name(),
          r.tier().name(),
          r.assessedOn().toString(),
          r.mode().name(),
          r.mode().zh(),
          r.overall().name(),
          counts,
          r.findings().stream().map(OldFindingView::of).toList());
    }
  }

  /** One finding's JSON shape, as it was. */
  public record OldFindingView(
      String clause,
      String level,
      String verdict,
      List<String> rulings,
      Map<String, String> facts,
      String messageZh,
      String messageEn) {
    static OldFindingView of(Finding f) {
      Map<String, String> facts = new LinkedHashMap<>();
      f.facts().forEach(x -> facts.merge(x.name(), x.value(), (a, b) -> a + "; " + b));
      return new OldFindingView(
          f.clause().value(),
          f.level().name(),
          f.verdict().name(),
          f.rulings().stream().map(Object::toString).toList(),
          facts,
          f.messageZh(),
          f.messageEn());
    }
  }
}
