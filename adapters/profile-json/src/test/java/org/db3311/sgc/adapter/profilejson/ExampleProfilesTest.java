package org.db3311.sgc.adapter.profilejson;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.db3311.sgc.core.assessment.AssessmentReport;
import org.db3311.sgc.core.assessment.Assessor;
import org.db3311.sgc.core.assessment.OverallVerdict;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.finding.Verdict;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.catalog.Implements;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("The example profiles parse and assess as their README says")
class ExampleProfilesTest {

  static final LocalDate ASSESSED_ON = LocalDate.of(2025, 6, 30);

  private final JsonCenterProfileCodec codec = new JsonCenterProfileCodec();

  static Stream<Arguments> examples() {
    return Stream.of(
        Arguments.of("tier1-conformant.json", OverallVerdict.CONFORMANT, List.of()),
        Arguments.of("tier2-conformant.json", OverallVerdict.CONFORMANT, List.of()),
        Arguments.of(
            "tier1-nonconformant-area-units-display.json",
            OverallVerdict.NON_CONFORMANT,
            List.of(
                "4.1.3.2 NONCONFORMS",
                "4.1.3.3 NONCONFORMS",
                "5.1.1.2 NONCONFORMS",
                "8.1.2 NONCONFORMS",
                "8.1.3 NONCONFORMS",
                "A.1 NONCONFORMS",
                "A.1.1 NONCONFORMS")),
        Arguments.of(
            "tier2-nonconformant-units-zones.json",
            OverallVerdict.NON_CONFORMANT,
            List.of(
                "4.1.3.2 NONCONFORMS",
                "5.1.2.2.2 NONCONFORMS",
                "7.4.2.2 NONCONFORMS",
                "8.1.4 NONCONFORMS",
                "A.1 NONCONFORMS",
                "A.1.2 NONCONFORMS")),
        Arguments.of(
            "tier2-evidence-missing.json",
            OverallVerdict.NON_CONFORMANT,
            List.of(
                "5.1.1.1 EVIDENCE_MISSING",
                "5.3.2 EVIDENCE_MISSING",
                "5.3.3 EVIDENCE_MISSING",
                "5.3.4 EVIDENCE_MISSING",
                "B.2 ADVISORY")),
        Arguments.of(
            "tier1-observations.json",
            OverallVerdict.CONFORMANT_WITH_OBSERVATIONS,
            List.of("4.1.3.3 NONCONFORMS", "C.1 ADVISORY")));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("examples")
  @Implements({"R1", "R2", "R3", "R4", "R5", "R6"})
  @DisplayName("each example's verdict and gaps")
  void example_assesses_as_documented(String file, OverallVerdict verdict, List<String> gaps) {
    String json = JsonCenterProfileCodec.example(file);
    CenterProfile profile = codec.parseOrThrow(json);
    JsonCenterProfileCodec.ExampleAssessment own =
        JsonCenterProfileCodec.assessmentOf(json).orElseThrow();
    AssessmentReport report = Assessor.standard().assess(profile, own.assessedOn(), own.mode());
    assertThat(report.mode()).isEqualTo(own.mode());
    assertThat(report.overall()).isEqualTo(verdict);
    assertThat(report.gaps())
        .extracting(f -> f.clause() + " " + f.verdict())
        .containsExactlyElementsOf(gaps);
    if (!gaps.isEmpty()) {
      assertThat(JsonCenterProfileCodec.example(file)).contains("\"comment\"");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  @Implements({"R6", "R11"})
  @DisplayName(
      "each example names its own assessment day and mode, so it shows what its name says however"
          + " late it is read; self-assessment needs no more evidence than inspection")
  void example_has_its_own_assessment(String file, OverallVerdict verdict, List<String> gaps) {
    String json = JsonCenterProfileCodec.example(file);
    JsonCenterProfileCodec.ExampleAssessment own =
        JsonCenterProfileCodec.assessmentOf(json).orElseThrow();
    assertThat(own.assessedOn()).isEqualTo(ASSESSED_ON);
    CenterProfile profile = codec.parseOrThrow(json);
    AssessmentReport self =
        Assessor.standard()
            .assess(
                profile,
                own.assessedOn(),
                org.db3311.sgc.core.assessment.finding.EvidenceMode.SELF_ASSESSMENT);
    assertThat(self.overall()).isEqualTo(verdict);
    assertThat(
            codec.parse(
                json.replace("\"evidenceMode\": \"INSPECTION\"", "\"evidenceMode\": \"AUDIT\"")))
        .isInstanceOfSatisfying(
            ProfileParseResult.Rejected.class,
            r ->
                assertThat(r.errors())
                    .anySatisfy(
                        e -> assertThat(e.toString()).contains("$.assessment.evidenceMode")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  @DisplayName("each example round-trips through the printer")
  void example_round_trips(String file, OverallVerdict verdict, List<String> gaps) {
    CenterProfile profile = codec.parseOrThrow(JsonCenterProfileCodec.example(file));
    assertThat(codec.parseOrThrow(codec.print(profile))).isEqualTo(profile);
  }

  @org.junit.jupiter.api.Test
  @Implements({"A.1.1", "R4"})
  @DisplayName("the tier 1 failing example names the absent Appendix A units in its finding")
  void finding_names_absent_units() {
    CenterProfile profile =
        codec.parseOrThrow(
            JsonCenterProfileCodec.example("tier1-nonconformant-area-units-display.json"));
    Finding f = Assessor.standard().assess(profile, ASSESSED_ON).finding("A.1.1").orElseThrow();
    assertThat(f.verdict()).isEqualTo(Verdict.NONCONFORMS);
    assertThat(f.messageZh()).contains("缺少常驻单位：12309检察服务中心、劳动人事争议仲裁院").contains("不计为常驻：劳动人事争议仲裁院");
  }
}
