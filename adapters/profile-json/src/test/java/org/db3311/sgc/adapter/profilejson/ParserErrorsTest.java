package org.db3311.sgc.adapter.profilejson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.finding.Verdict;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.profile.EntryMode;
import org.db3311.sgc.core.assessment.profile.Tier;
import org.db3311.sgc.core.assessment.profile.ZoneKind;
import org.db3311.sgc.core.assessment.rule.CenterRule;
import org.db3311.sgc.core.assessment.rule.CenterRules;
import org.db3311.sgc.core.catalog.ClauseId;
import org.db3311.sgc.core.catalog.NormativeLevel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The parser reports every error with its path in one go")
class ParserErrorsTest {

  private final JsonCenterProfileCodec codec = new JsonCenterProfileCodec();

  private static final String MANY_ERRORS =
      """
      {
        "county": {"code": "331100", "name": ""},
        "tier": "三类",
        "totalFloorAreaSquareMetres": -5,
        "platforms": ["矛盾纠纷调处化解平台", 7],
        "units": [{"kind": "县级综治中心", "name": "青田县综治中心", "entryMode": "常住"}],
        "hardware": {
          "bandwidthMbps": "200M",
          "displays": [
            {"name": "主屏", "sizeInches": 86, "physicalResolution": "1920x1080"},
            {"name": "副屏", "sizeInches": 70, "physicalResolution": {"width": 1920}},
            {"name": "会商屏", "sizeInches": "70寸", "physicalResolution": "1920x1080"}
          ]
        },
        "management": {"fireDrills": ["2025-02-30", "昨天"]},
        "attestations": [
          {"clause": "5.3.9", "attestedBy": "督查组", "attestedOn": "2025-05-01",
           "evidence": "sha256:abc"}
        ],
        "colour": "red"
      }
      """;

  @Test
  @DisplayName("fourteen errors in one document are all reported, each with its JSONPath")
  void all_errors_with_paths() {
    ProfileParseResult result = codec.parse(MANY_ERRORS);
    assertThat(result).isInstanceOf(ProfileParseResult.Rejected.class);
    List<ProfileError> errors = ((ProfileParseResult.Rejected) result).errors();
    assertThat(errors)
        .extracting(ProfileError::path)
        .containsExactlyInAnyOrder(
            "$.colour",
            "$.county.code",
            "$.county.name",
            "$.tier",
            "$.totalFloorAreaSquareMetres",
            "$.platforms[1]",
            "$.units[0].entryMode",
            "$.hardware.bandwidthMbps",
            "$.hardware.displays[1].physicalResolution.height",
            "$.hardware.displays[2].sizeInches",
            "$.management.fireDrills[0]",
            "$.management.fireDrills[1]",
            "$.attestations[0].clause",
            "$.attestations[0].evidence");
    assertThat(errors)
        .filteredOn(e -> e.path().equals("$.tier"))
        .singleElement()
        .satisfies(e -> assertThat(e.reason()).contains("'三类'", "TIER_1", "一类地区"));
    assertThat(errors)
        .filteredOn(e -> e.path().equals("$.management.fireDrills[0]"))
        .singleElement()
        .satisfies(e -> assertThat(e.reason()).contains("not a calendar date"));
    assertThat(Schema.accepts(MANY_ERRORS)).isFalse();
  }

  @Test
  @DisplayName("a key given twice is an error, not a silent choice between the two values")
  void duplicate_key_is_rejected() {
    String json =
        """
        {"county": {"code": "331121", "name": "青田县"},
         "tier": "TIER_2", "tier": "TIER_1",
         "totalFloorAreaSquareMetres": 3000}
        """;
    assertThat(((ProfileParseResult.Rejected) codec.parse(json)).errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.path()).isEqualTo("$.tier");
              assertThat(e.reason()).contains("more than once", "line 2");
            });
    assertThat(Schema.accepts(json)).as("JSON Schema cannot see duplicates").isTrue();
  }

  @Test
  @DisplayName("every duplicate key is reported with its path, together with the other errors")
  void every_duplicate_with_the_other_errors() {
    String json =
        """
        {"county": {"code": "331121", "name": "青田县", "name": "丽水"},
         "tier": "TIER_2",
         "totalFloorAreaSquareMetres": 3000,
         "hardware": {"displays": [
           {"name": "主屏", "sizeInches": 86, "sizeInches": 10, "physicalResolution": "1920x1080"},
           {"name": "副屏", "sizeInches": "70寸", "physicalResolution": "1920x1080"}]},
         "zones": [{"kind": "RECEPTION", "functions": [], "functions": ["WAITING"],
                    "functions": ["安检"]}],
         "totalFloorAreaSquareMetres": 1}
        """;
    assertThat(((ProfileParseResult.Rejected) codec.parse(json)).errors())
        .extracting(ProfileError::path)
        .containsExactlyInAnyOrder(
            "$.county.name",
            "$.hardware.displays[0].sizeInches",
            "$.hardware.displays[1].sizeInches",
            "$.zones[0].functions",
            "$.zones[0].functions",
            "$.totalFloorAreaSquareMetres");
  }

  @Test
  @DisplayName(
      "numbers out of bounds are reported with path and reason, before anything expands them")
  void absurd_numbers() {
    String json =
        """
        {"county": {"code": "331121", "name": "青田县"}, "tier": "TIER_1",
         "totalFloorAreaSquareMetres": 1e-400000000,
         "signs": [{"kind": "BRASS_PLATE", "text": "青田县社会治理中心", "location": "FACADE",
                    "widthMm": 1e400000000, "heightMm": 600.0000001}],
         "hardware": {"bandwidthMbps": 1000000.000001,
                      "displays": [{"name": "主屏", "sizeInches": 10001,
                                    "physicalResolution": "1920x1080"}]}}
        """;
    List<ProfileError> errors =
        assertTimeoutPreemptively(
            Duration.ofSeconds(5),
            () -> ((ProfileParseResult.Rejected) codec.parse(json)).errors());
    assertThat(errors)
        .extracting(ProfileError::toString)
        .containsExactlyInAnyOrder(
            "$.totalFloorAreaSquareMetres: must have at most 6 decimal places, not 1E-400000000",
            "$.signs[0].widthMm: must be at most 100000 mm, not 1E+400000000",
            "$.signs[0].heightMm: must have at most 6 decimal places, not 600.0000001",
            "$.hardware.bandwidthMbps: must be at most 1000000 Mbps, not 1000000.000001",
            "$.hardware.displays[0].sizeInches: must be at most 10000 inches, not 10001");
  }

  @Test
  @DisplayName(
      "a date in the year 0000 is reported at its path; 0001-01-01 and 9999-12-31 are read")
  void four_digit_years() {
    String json =
        """
        {"county": {"code": "331121", "name": "青田县"}, "tier": "TIER_2",
         "totalFloorAreaSquareMetres": 2000,
         "management": {"fireDrills": ["0000-02-29", "0001-01-01", "9999-12-31"]}}
        """;
    assertThat(((ProfileParseResult.Rejected) codec.parse(json)).errors())
        .extracting(ProfileError::toString)
        .containsExactly(
            "$.management.fireDrills[0]: '0000-02-29' is not a day of the years 0001 to 9999");
    assertThat(codec.parseOrThrow(json.replace("\"0000-02-29\", ", "")).management().fireDrills())
        .containsExactly(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31));
  }

  @Test
  @DisplayName(
      "an attestation of a clause no rule reads attestations of (a ruling, a heading, a clause"
          + " without a rule) is reported, not silently ignored")
  void attestations_only_for_attested_clauses() {
    String attestation =
        """
        {"clause": "%s", "attestedBy": "督查组", "attestedOn": "2025-05-01", "evidence": "档案 1"}""";
    String json =
        """
        {"county": {"code": "331121", "name": "青田县"}, "tier": "TIER_2",
         "totalFloorAreaSquareMetres": 2000,
         "attestations": [%s, %s, %s, %s, %s]}
        """
            .formatted(
                attestation.formatted("R6"),
                attestation.formatted("4"),
                attestation.formatted("6.1.1.1"),
                attestation.formatted("5.3.2"),
                attestation.formatted("5.3.9"));
    List<ProfileError> errors = ((ProfileParseResult.Rejected) codec.parse(json)).errors();
    assertThat(errors)
        .extracting(ProfileError::path)
        .containsExactly(
            "$.attestations[0].clause",
            "$.attestations[1].clause",
            "$.attestations[2].clause",
            "$.attestations[4].clause");
    assertThat(errors.getFirst().reason())
        .isEqualTo(
            "no rule of the assessment reads attestations of R6; attestations are taken for 4.1.2,"
                + " 4.2.1, 4.2.2, 4.2.4, 5.1.1.1, 5.3.1, 5.3.2, 5.3.3, 5.3.4, 5.3.5, 7.1, 7.3.1,"
                + " 7.4.1.1, 7.4.1.2, 7.4.2.1, 7.4.2.2, 7.4.3.1");
    assertThat(errors.getLast().reason()).contains("not a clause or ruling of the catalog");
  }

  @Test
  @DisplayName("a codec for a deployment's own rules takes attestations for the clauses they read")
  void codec_for_own_rules() {
    CenterRule ownRule =
        new CenterRule() {
          @Override
          public ClauseId clause() {
            return ClauseId.of("7.2");
          }

          @Override
          public boolean readsAttestations() {
            return true;
          }

          @Override
          public boolean appliesTo(CenterProfile center) {
            return true;
          }

          @Override
          public Finding check(CenterProfile center, LocalDate assessedOn) {
            boolean attested = center.attestation(clause(), assessedOn).isPresent();
            return new Finding(
                clause(),
                NormativeLevel.SHALL,
                attested ? Verdict.CONFORMS : Verdict.EVIDENCE_MISSING,
                List.of(),
                List.of(),
                attested ? "已核验" : "需要核验",
                attested ? "attested" : "needs an attestation");
          }
        };
    List<CenterRule> rules = new ArrayList<>(CenterRules.standard().all());
    rules.add(ownRule);
    String json =
        """
        {"county": {"code": "331121", "name": "青田县"}, "tier": "TIER_2",
         "totalFloorAreaSquareMetres": 2000,
         "attestations": [{"clause": "7.2", "attestedBy": "督查组", "attestedOn": "2025-05-01",
                           "evidence": "档案 1"}]}
        """;
    assertThat(new JsonCenterProfileCodec(CenterRules.of(rules)).parse(json))
        .isInstanceOf(ProfileParseResult.Parsed.class);
    assertThat(codec.parse(json)).isInstanceOf(ProfileParseResult.Rejected.class);
  }

  @Test
  @DisplayName("3000, 3000.0 and 3e3 read to equal profiles, all printed as 3000")
  void equal_numbers_read_to_equal_profiles() {
    String json =
        """
        {"county": {"code": "331121", "name": "青田县"}, "tier": "TIER_1",
         "totalFloorAreaSquareMetres": %s}
        """;
    CenterProfile plain = codec.parseOrThrow(json.formatted("3000"));
    for (String written : List.of("3000.0", "3e3", "3000.000000")) {
      assertThat(codec.parseOrThrow(json.formatted(written))).as(written).isEqualTo(plain);
    }
    assertThat(codec.print(plain)).contains("\"totalFloorAreaSquareMetres\": 3000,");
  }

  @Test
  @DisplayName("parseOrThrow raises one exception listing every error")
  void exception_lists_every_error() {
    assertThatThrownBy(() -> codec.parseOrThrow(MANY_ERRORS))
        .isInstanceOfSatisfying(
            ProfileParseException.class, e -> assertThat(e.errors()).hasSize(14))
        .hasMessageContaining("14 error(s)")
        .hasMessageContaining("$.hardware.displays[2].sizeInches: must be a number greater than 0");
  }

  @Test
  @DisplayName("malformed JSON is one error at $ with its line and column")
  void malformed_json() {
    ProfileParseResult result = codec.parse("{\n  \"tier\": \"TIER_1\",\n  \"county\": }");
    assertThat(((ProfileParseResult.Rejected) result).errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.path()).isEqualTo("$");
              assertThat(e.reason()).contains("not valid JSON", "line 3");
            });
    assertThat(codec.parse("")).isInstanceOf(ProfileParseResult.Rejected.class);
    assertThat(codec.parse("{} {}")).isInstanceOf(ProfileParseResult.Rejected.class);
  }

  @Test
  @DisplayName("Chinese terms are accepted beside the English constants")
  void chinese_terms() {
    String json =
        """
        {"county": {"code": "331121", "name": "青田县"}, "tier": "一类",
         "totalFloorAreaSquareMetres": 3000,
         "units": [{"kind": "劳动人事争议仲裁院", "name": "青田县劳动人事争议仲裁院",
                    "entryMode": "阶段性入驻", "entryForm": "团队式入驻"}],
         "zones": [{"kind": "矛盾调处化解区", "functions": ["调解", "MEDIATION", "行政复议"]}]}
        """;
    CenterProfile p = codec.parseOrThrow(json);
    assertThat(p.tier()).isEqualTo(Tier.TIER_1);
    assertThat(p.units().getFirst().mode()).isEqualTo(EntryMode.PHASED);
    assertThat(p.zones().getFirst().kind()).isEqualTo(ZoneKind.DISPUTE_RESOLUTION);
    assertThat(p.zones().getFirst().functions()).hasSize(2);
    assertThat(codec.print(p)).contains("\"TIER_1\"", "\"PHASED\"", "\"DISPUTE_RESOLUTION\"");
  }

  @Test
  @DisplayName("a record invariant broken across fields is reported at the record's path")
  void cross_field_invariant() {
    String json =
        """
        {"county": {"code": "331121", "name": "青田县"}, "tier": "TIER_2",
         "totalFloorAreaSquareMetres": 2000,
         "attestations": [{"clause": "5.3.2", "attestedBy": "督查组", "attestedOn": "2025-05-01",
                           "evidence": "照片档案 17", "validUntil": "2025-04-30"}]}
        """;
    assertThat(((ProfileParseResult.Rejected) codec.parse(json)).errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.path()).isEqualTo("$.attestations[0]");
              assertThat(e.reason()).contains("before it was made");
            });
  }

  @Test
  @DisplayName("a key that is not an identifier is quoted in the path")
  void odd_keys_are_quoted() {
    String json =
        "{\"county\": {\"code\": \"331121\", \"name\": \"青田县\"}, \"tier\": \"TIER_2\","
            + " \"totalFloorAreaSquareMetres\": 2000, \"面积\": 1}";
    assertThat(((ProfileParseResult.Rejected) codec.parse(json)).errors())
        .extracting(ProfileError::path)
        .containsExactly("$['面积']");
  }
}
