package org.db3311.sgc.core.assessment.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.db3311.sgc.core.assessment.fixture.SampleCenters.tier1Conformant;
import static org.db3311.sgc.core.assessment.fixture.SampleCenters.tier1Zones;
import static org.db3311.sgc.core.assessment.fixture.SampleCenters.tier2Conformant;
import static org.db3311.sgc.core.assessment.fixture.SampleCenters.tier2Zones;
import static org.db3311.sgc.core.assessment.fixture.SampleCenters.zone;
import static org.db3311.sgc.core.assessment.rule.RuleTestSupport.check;
import static org.db3311.sgc.core.assessment.rule.RuleTestSupport.verdict;
import static org.db3311.sgc.core.assessment.rule.RuleTestSupport.withoutAttestation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.finding.Verdict;
import org.db3311.sgc.core.assessment.profile.Attestation;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.profile.EvidenceReference;
import org.db3311.sgc.core.assessment.profile.Facility;
import org.db3311.sgc.core.assessment.profile.Tier;
import org.db3311.sgc.core.assessment.profile.Zone;
import org.db3311.sgc.core.assessment.profile.ZoneKind;
import org.db3311.sgc.core.catalog.ClauseId;
import org.db3311.sgc.core.catalog.Implements;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("5.1–5.2 场所与设施: site, floor area, zones, facilities")
class PremisesRulesTest {

  private static CenterProfile withArea(CenterProfile center, String area) {
    return center.toBuilder().totalFloorArea(new BigDecimal(area)).build();
  }

  @ParameterizedTest(name = "{0} with {1} m² → {2}")
  @CsvSource({
    "TIER_1, 2999.99, NONCONFORMS",
    "TIER_1, 3000, CONFORMS",
    "TIER_1, 3000.00, CONFORMS",
    "TIER_2, 1999.99, NONCONFORMS",
    "TIER_2, 2000, CONFORMS",
    "TIER_2, 2999.99, CONFORMS"
  })
  @Implements({"5.1.1.2", "R1"})
  @DisplayName("5.1.1.2 一类地区中心总面积不低于3000平方米，二类地区不低于2000平方米")
  void floor_area_boundary(Tier tier, String area, Verdict expected) {
    CenterProfile center = tier == Tier.TIER_1 ? tier1Conformant() : tier2Conformant();
    assertThat(verdict("5.1.1.2", withArea(center, area))).isEqualTo(expected);
  }

  @Test
  @Implements({"5.1.1.2", "R1"})
  @DisplayName("5.1.1.2 the message gives the area, the minimum and the shortfall")
  void floor_area_message_names_the_shortfall() {
    Finding f = check("5.1.1.2", withArea(tier1Conformant(), "2999.99"));
    assertThat(f.messageZh()).contains("不低于3000平方米", "实为2999.99平方米", "差0.01平方米");
    assertThat(f.messageEn()).contains("at least 3000 m²", "0.01 m² short");
    assertThat(f.facts()).extracting(x -> x.value()).contains("2999.99 m²", "3000 m²");
  }

  @Test
  @Implements({"5.1.1.1", "R6"})
  @DisplayName("5.1.1.1 选址应符合城市规划要求 — attested; an expired attestation is evidence missing")
  void site_selection_is_attested() {
    assertThat(verdict("5.1.1.1", tier1Conformant())).isEqualTo(Verdict.CONFORMS);
    Finding f =
        RuleTestSupport.check("5.1.1.1", tier1Conformant(), java.time.LocalDate.of(2026, 5, 20));
    assertThat(f.verdict()).isEqualTo(Verdict.EVIDENCE_MISSING);
    assertThat(f.messageZh()).contains("不在其有效期内");
    assertThat(verdict("5.1.1.1", withoutAttestation(tier1Conformant(), "5.1.1.1")))
        .isEqualTo(Verdict.EVIDENCE_MISSING);
  }

  @Test
  @Implements({"5.1.1.1", "R6"})
  @DisplayName(
      "R6: with several expired attestations the message cites the most recent, whatever their"
          + " order in the profile")
  void expired_attestations_cite_the_most_recent() {
    List<Attestation> expired =
        List.of(
            expiredAttestation("2024-03-01", "2024-06-01"),
            expiredAttestation("2025-01-10", "2025-03-01"),
            expiredAttestation("2023-05-01", "2023-12-31"));
    CenterProfile center =
        withoutAttestation(tier1Conformant(), "5.1.1.1").toBuilder().attestations(expired).build();
    Finding f = check("5.1.1.1", center);
    assertThat(f.verdict()).isEqualTo(Verdict.EVIDENCE_MISSING);
    assertThat(f.messageZh()).contains("已有核验于2025-01-10作出，评估日2025-06-30不在其有效期内");
    assertThat(f.messageEn()).contains("the attestation of 2025-01-10 is not valid on 2025-06-30");
  }

  private static Attestation expiredAttestation(String on, String until) {
    return new Attestation(
        ClauseId.of("5.1.1.1"),
        "督查组",
        LocalDate.parse(on),
        EvidenceReference.of("档案 " + on),
        Optional.of(LocalDate.parse(until)),
        "");
  }

  @Test
  @Implements("5.1.2.1")
  @DisplayName("5.1.2.1 合理设置窗口，划分综合受理、矛盾纠纷调处化解、社会治理综合指挥等大功能区块")
  void three_blocks_and_windows() {
    assertThat(verdict("5.1.2.1", tier2Conformant())).isEqualTo(Verdict.CONFORMS);
    CenterProfile noCommand =
        tier2Conformant().toBuilder()
            .zones(
                tier2Zones().stream().filter(z -> z.kind() != ZoneKind.INTEGRATED_COMMAND).toList())
            .windows(List.of())
            .build();
    Finding f = check("5.1.2.1", noCommand);
    assertThat(f.verdict()).isEqualTo(Verdict.NONCONFORMS);
    assertThat(f.messageZh()).contains("社会治理综合指挥区", "未设置窗口");
  }

  @Test
  @Implements({"5.1.2.2.1", "5.1.2.2.2", "R1"})
  @DisplayName("5.1.2.2.1 applies to tier 1 only and 5.1.2.2.2 to tier 2 only (declared tier, R1)")
  void zone_lists_apply_by_declared_tier() {
    assertThat(verdict("5.1.2.2.1", tier1Conformant())).isEqualTo(Verdict.CONFORMS);
    assertThat(verdict("5.1.2.2.2", tier1Conformant())).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(verdict("5.1.2.2.2", tier2Conformant())).isEqualTo(Verdict.CONFORMS);
    assertThat(verdict("5.1.2.2.1", tier2Conformant())).isEqualTo(Verdict.NOT_APPLICABLE);
  }

  @Test
  @Implements({"5.1.2.2.1", "R2"})
  @DisplayName("R2: 应急值班 is not required in tier 1 — a tier 1 command zone without it conforms")
  void emergency_duty_is_not_a_tier_1_function() {
    assertThat(tier1Conformant().functionsOf(ZoneKind.INTEGRATED_COMMAND))
        .doesNotContain(org.db3311.sgc.core.assessment.profile.ZoneFunction.EMERGENCY_DUTY);
    assertThat(verdict("5.1.2.2.1", tier1Conformant())).isEqualTo(Verdict.CONFORMS);
  }

  @Test
  @Implements({"5.1.2.2.1", "R2"})
  @DisplayName(
      "R2: tier 1 is not a superset of tier 2 — a tier 2 layout does not satisfy 5.1.2.2.1")
  void tier_2_layout_fails_tier_1() {
    CenterProfile tier1WithTier2Zones = tier1Conformant().toBuilder().zones(tier2Zones()).build();
    Finding f = check("5.1.2.2.1", tier1WithTier2Zones);
    assertThat(f.verdict()).isEqualTo(Verdict.NONCONFORMS);
    assertThat(f.messageZh())
        .contains("矛盾纠纷调处化解区缺少功能：行政复议、情绪疏导")
        .contains("社会治理综合指挥区缺少功能：事件处置、风险分析研判、应急管控识别、疫情防控、业务指导、政务热线");
  }

  @Test
  @Implements({"5.1.2.2.2", "R2"})
  @DisplayName("R2: a tier 2 command zone needs 应急值班 even when it hosts every tier 1 function")
  void tier_1_layout_fails_tier_2() {
    CenterProfile tier2WithTier1Zones = tier2Conformant().toBuilder().zones(tier1Zones()).build();
    Finding f = check("5.1.2.2.2", tier2WithTier1Zones);
    assertThat(f.verdict()).isEqualTo(Verdict.NONCONFORMS);
    assertThat(f.messageZh()).contains("社会治理综合指挥区缺少功能：应急值班、疫情防控指挥");
    assertThat(f.messageEn()).contains("emergency duty");
  }

  @Test
  @Implements("5.1.2.2.2")
  @DisplayName("5.1.2.2.2 a missing zone is named with the functions it should host")
  void missing_zone_is_named() {
    List<Zone> zones = new ArrayList<>(tier2Zones());
    zones.removeIf(z -> z.kind() == ZoneKind.RECEPTION);
    zones.add(zone(ZoneKind.SERVICE_SUPPORT, "SECURITY"));
    Finding f = check("5.1.2.2.2", tier2Conformant().toBuilder().zones(zones).build());
    assertThat(f.messageZh()).contains("未设置综合接待区（应包含安检、等候、综合受理、业务办理功能）");
  }

  @Test
  @Implements("5.1.2.2.2")
  @DisplayName(
      "5.1.2.2.2 二类地区应设置…矛盾调处化解区 — tier 2 findings quote the clause's own name for the"
          + " zone, tier 1 findings 5.1.2.2.1's")
  void each_tier_quotes_its_own_clause() {
    List<Zone> withoutDispute = new ArrayList<>(tier2Zones());
    withoutDispute.removeIf(z -> z.kind() == ZoneKind.DISPUTE_RESOLUTION);
    Finding absent =
        check("5.1.2.2.2", tier2Conformant().toBuilder().zones(withoutDispute).build());
    assertThat(absent.messageZh())
        .contains("未设置矛盾调处化解区（应包含信访、领导接访、调解、诉讼、仲裁、公共法律服务功能）")
        .doesNotContain("矛盾纠纷调处化解区");
    Finding lacking = check("5.1.2.2.2", tier2Conformant().toBuilder().zones(tier1Zones()).build());
    assertThat(lacking.messageZh()).doesNotContain("矛盾纠纷调处化解区");
    List<Zone> thin = new ArrayList<>(withoutDispute);
    thin.add(zone(ZoneKind.DISPUTE_RESOLUTION, "MEDIATION"));
    assertThat(check("5.1.2.2.2", tier2Conformant().toBuilder().zones(thin).build()).messageZh())
        .contains("矛盾调处化解区缺少功能：信访、领导接访、诉讼、仲裁、公共法律服务")
        .doesNotContain("矛盾纠纷调处化解区");
    assertThat(check("5.1.2.2.1", tier1Conformant().toBuilder().zones(thin).build()).messageZh())
        .contains("矛盾纠纷调处化解区缺少功能");
    assertThat(ZoneKind.DISPUTE_RESOLUTION.zh(Tier.TIER_2)).isEqualTo("矛盾调处化解区");
    assertThat(ZoneKind.DISPUTE_RESOLUTION.zh(Tier.TIER_1)).isEqualTo("矛盾纠纷调处化解区");
    assertThat(ZoneKind.RECEPTION.zh(Tier.TIER_2)).isEqualTo(ZoneKind.RECEPTION.zh());
  }

  @Test
  @Implements("5.2")
  @DisplayName("5.2 办公设施、服务设施、公共设施 — every named facility, missing ones by name")
  void facilities() {
    assertThat(verdict("5.2", tier1Conformant())).isEqualTo(Verdict.CONFORMS);
    EnumSet<Facility> some = EnumSet.allOf(Facility.class);
    some.remove(Facility.QUEUE_CALLING_SYSTEM);
    some.remove(Facility.ACCESSIBILITY_FACILITIES);
    Finding f = check("5.2", tier1Conformant().toBuilder().facilities(some).build());
    assertThat(f.verdict()).isEqualTo(Verdict.NONCONFORMS);
    assertThat(f.messageZh()).isEqualTo("缺少设施：叫号系统、无障碍设施");
    assertThat(f.messageEn())
        .isEqualTo("missing facility: queue-calling system, accessibility facilities");
  }
}
