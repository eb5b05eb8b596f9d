package org.db3311.sgc.core.assessment.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.db3311.sgc.core.assessment.fixture.SampleCenters.tier1Conformant;
import static org.db3311.sgc.core.assessment.rule.RuleTestSupport.check;
import static org.db3311.sgc.core.assessment.rule.RuleTestSupport.verdict;
import static org.db3311.sgc.core.assessment.rule.RuleTestSupport.withoutAttestation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.finding.Verdict;
import org.db3311.sgc.core.assessment.profile.Attestation;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.profile.Dimensions;
import org.db3311.sgc.core.assessment.profile.EvidenceReference;
import org.db3311.sgc.core.assessment.profile.ServiceWindow;
import org.db3311.sgc.core.assessment.profile.Sign;
import org.db3311.sgc.core.assessment.profile.SignKind;
import org.db3311.sgc.core.assessment.profile.SignLocation;
import org.db3311.sgc.core.catalog.ClauseId;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.catalog.NormativeLevel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("5.3 标识要求 and appendices B, C: signs, attestations (R6), aspect ratios (R5)")
class SignageRulesTest {

  private static CenterProfile replacingSigns(SignKind kind, Sign... replacements) {
    List<Sign> signs = new ArrayList<>(tier1Conformant().signs());
    signs.removeIf(s -> s.kind() == kind);
    signs.addAll(List.of(replacements));
    return tier1Conformant().toBuilder().signs(signs).build();
  }

  @Test
  @Implements({"5.3.1", "R6"})
  @DisplayName("5.3.1 外立面悬挂“××县（市、区）社会治理中心”标牌及“最多跑一地”标志图形")
  void exterior_plate_reads_the_county_name() {
    assertThat(verdict("5.3.1", tier1Conformant())).isEqualTo(Verdict.CONFORMS);
    CenterProfile wrongName =
        replacingSigns(
            SignKind.NAME_PLATE, Sign.of(SignKind.NAME_PLATE, "莲都区矛调中心", SignLocation.FACADE));
    wrongName =
        wrongName.toBuilder()
            .signs(
                wrongName.signs().stream()
                    .filter(
                        s ->
                            s.kind() != SignKind.BRASS_PLATE && s.kind() != SignKind.ONE_PLACE_LOGO)
                    .toList())
            .build();
    Finding f = check("5.3.1", wrongName);
    assertThat(f.verdict()).isEqualTo(Verdict.NONCONFORMS);
    assertThat(f.messageZh())
        .contains("外立面缺少“莲都区社会治理中心”字样的标牌（外立面标牌为“莲都区矛调中心”）")
        .contains("外立面缺少“最多跑一地”标志图形");
  }

  @Test
  @Implements("5.3.1")
  @DisplayName("5.3.1 a plate inside the hall is not on the facade")
  void plate_must_be_on_the_facade() {
    List<Sign> signs = new ArrayList<>();
    for (Sign s : tier1Conformant().signs()) {
      signs.add(
          s.kind() == SignKind.NAME_PLATE || s.kind() == SignKind.BRASS_PLATE
              ? new Sign(s.kind(), s.text(), SignLocation.HALL, s.dimensions())
              : s);
    }
    CenterProfile inside = tier1Conformant().toBuilder().signs(signs).build();
    assertThat(verdict("5.3.1", inside)).isEqualTo(Verdict.NONCONFORMS);
  }

  @Test
  @Implements({"5.3.2", "5.3.3", "5.3.4", "R6"})
  @DisplayName(
      "R6: conformity to a GB signage standard is attested — absent, expired or not yet made is evidence missing")
  void gb_conformity_needs_a_valid_attestation() {
    for (String clause : List.of("5.3.2", "5.3.3", "5.3.4")) {
      assertThat(verdict(clause, tier1Conformant())).as(clause).isEqualTo(Verdict.CONFORMS);
      assertThat(verdict(clause, withoutAttestation(tier1Conformant(), clause)))
          .as(clause)
          .isEqualTo(Verdict.EVIDENCE_MISSING);
      CenterProfile expired =
          withoutAttestation(tier1Conformant(), clause).toBuilder()
              .addAttestation(
                  new Attestation(
                      ClauseId.of(clause),
                      "督查组",
                      LocalDate.of(2024, 1, 10),
                      EvidenceReference.of("照片档案 2024-017"),
                      Optional.of(LocalDate.of(2025, 1, 9)),
                      ""))
              .build();
      Finding f = check(clause, expired);
      assertThat(f.verdict()).as(clause).isEqualTo(Verdict.EVIDENCE_MISSING);
      assertThat(f.messageEn())
          .contains("the attestation of 2024-01-10 is not valid on 2025-06-30");
      Finding notYet = check(clause, expired, LocalDate.of(2024, 1, 9));
      assertThat(notYet.verdict()).as(clause).isEqualTo(Verdict.EVIDENCE_MISSING);
    }
  }

  @Test
  @Implements({"5.3.2", "R6"})
  @DisplayName("R6: an attestation is valid on its last day and on the day it was made")
  void attestation_validity_is_inclusive() {
    CenterProfile c = tier1Conformant();
    assertThat(check("5.3.2", c, LocalDate.of(2025, 5, 20)).verdict()).isEqualTo(Verdict.CONFORMS);
    assertThat(check("5.3.2", c, LocalDate.of(2026, 5, 19)).verdict()).isEqualTo(Verdict.CONFORMS);
    assertThat(check("5.3.2", c, LocalDate.of(2026, 5, 20)).verdict())
        .isEqualTo(Verdict.EVIDENCE_MISSING);
  }

  @Test
  @Implements({"5.3.4", "R6"})
  @DisplayName("5.3.4 接待大厅入口应有明显的禁烟标志 — a no-smoking sign elsewhere does not count")
  void no_smoking_sign_at_the_hall_entrance() {
    CenterProfile elsewhere =
        replacingSigns(
            SignKind.NO_SMOKING, Sign.of(SignKind.NO_SMOKING, "禁止吸烟", SignLocation.HALL));
    Finding f = check("5.3.4", elsewhere);
    assertThat(f.verdict()).isEqualTo(Verdict.NONCONFORMS);
    assertThat(f.messageZh()).isEqualTo("接待大厅入口没有禁烟标志");
    CenterProfile neither = withoutAttestation(elsewhere, "5.3.4");
    assertThat(check("5.3.4", neither).messageZh()).contains("另缺少有效核验");
  }

  @Test
  @Implements({"5.3.3", "5.3.2"})
  @DisplayName("5.3.2 / 5.3.3 there must be hall and fire-safety signs to attest")
  void signs_must_exist_before_they_are_attested() {
    assertThat(verdict("5.3.3", replacingSigns(SignKind.FIRE_SAFETY)))
        .isEqualTo(Verdict.NONCONFORMS);
    assertThat(verdict("5.3.2", replacingSigns(SignKind.PUBLIC_INFORMATION)))
        .isEqualTo(Verdict.NONCONFORMS);
  }

  @Test
  @Implements({"5.3.5", "R6"})
  @DisplayName("5.3.5 醒目位置应设有功能区分布图，窗口正上方采用电子屏幕等方式标示对应的窗口功能")
  void zone_map_and_a_screen_above_every_window() {
    assertThat(verdict("5.3.5", tier1Conformant())).isEqualTo(Verdict.CONFORMS);
    List<ServiceWindow> windows = new ArrayList<>(tier1Conformant().windows());
    windows.add(new ServiceWindow("7", "信访接待", Optional.empty()));
    windows.add(new ServiceWindow("8", "法律咨询", Optional.empty()));
    CenterProfile bare = replacingSigns(SignKind.ZONE_MAP).toBuilder().windows(windows).build();
    Finding f = check("5.3.5", bare);
    assertThat(f.verdict()).isEqualTo(Verdict.NONCONFORMS);
    assertThat(f.messageZh()).contains("没有功能区分布图", "以下窗口正上方未标示窗口功能：7、8");
  }

  @ParameterizedTest(name = "brass plate {0}×{1} mm → {2}")
  @CsvSource({
    "900, 600, CONFORMS",
    "918, 600, CONFORMS",
    "882, 600, CONFORMS",
    "918.1, 600, ADVISORY",
    "881.9, 600, ADVISORY",
    "600, 600, ADVISORY"
  })
  @Implements({"B.2", "R5"})
  @DisplayName("B.2 铜牌宽高比例3:2 — within ±2 % conforms, beyond is advisory, never a failure (R5)")
  void brass_plate_ratio(double width, double height, Verdict expected) {
    CenterProfile c =
        replacingSigns(
            SignKind.BRASS_PLATE,
            new Sign(
                SignKind.BRASS_PLATE,
                "莲都区社会治理中心",
                SignLocation.FACADE,
                Optional.of(Dimensions.of(width, height))));
    Finding f = check("B.2", c);
    assertThat(f.verdict()).isEqualTo(expected);
    assertThat(f.level()).isEqualTo(NormativeLevel.INFORMATIVE);
    assertThat(f.isMandatoryGap()).isFalse();
  }

  @ParameterizedTest(name = "logo {0}×{1} mm → {2}")
  @CsvSource({
    "1000, 620, CONFORMS",
    "100, 63.2, CONFORMS",
    "100, 60.8, CONFORMS",
    "100, 66, ADVISORY"
  })
  @Implements({"C.1", "R5"})
  @DisplayName("C.1 “最多跑一地”标志宽高比例100:62 — ±2 %, advisory beyond (R5)")
  void logo_ratio(double width, double height, Verdict expected) {
    CenterProfile c =
        replacingSigns(
            SignKind.ONE_PLACE_LOGO,
            new Sign(
                SignKind.ONE_PLACE_LOGO,
                "最多跑一地",
                SignLocation.FACADE,
                Optional.of(Dimensions.of(width, height))));
    assertThat(verdict("C.1", c)).isEqualTo(expected);
  }

  @Test
  @Implements({"B.2", "C.1", "R5"})
  @DisplayName("R5: no plate is not applicable; a plate without dimensions is advisory")
  void ratio_without_plate_or_dimensions() {
    assertThat(verdict("B.2", replacingSigns(SignKind.BRASS_PLATE)))
        .isEqualTo(Verdict.NOT_APPLICABLE);
    CenterProfile unmeasured =
        replacingSigns(
            SignKind.ONE_PLACE_LOGO,
            Sign.of(SignKind.ONE_PLACE_LOGO, "最多跑一地", SignLocation.FACADE));
    Finding f = check("C.1", unmeasured);
    assertThat(f.verdict()).isEqualTo(Verdict.ADVISORY);
    assertThat(f.messageZh()).contains("未记录尺寸");
  }
}
