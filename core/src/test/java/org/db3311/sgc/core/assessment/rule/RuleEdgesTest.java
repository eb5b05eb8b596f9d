package org.db3311.sgc.core.assessment.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.db3311.sgc.core.assessment.fixture.SampleCenters.tier1Conformant;
import static org.db3311.sgc.core.assessment.fixture.SampleCenters.tier2Conformant;
import static org.db3311.sgc.core.assessment.rule.RuleTestSupport.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.assessment.finding.Fact;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.finding.Verdict;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.profile.Display;
import org.db3311.sgc.core.assessment.profile.EnteredUnit;
import org.db3311.sgc.core.assessment.profile.EntryForm;
import org.db3311.sgc.core.assessment.profile.EntryMode;
import org.db3311.sgc.core.assessment.profile.Hardware;
import org.db3311.sgc.core.assessment.profile.Resolution;
import org.db3311.sgc.core.assessment.profile.UnitKind;
import org.db3311.sgc.core.catalog.Implements;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The edges of the center rules the clause tests leave open: the facts and messages of Appendix A's
 * designated units (成建制, and for tier 2 also 团队式), the screens 8.1.3 names, and the registry built
 * once.
 */
@DisplayName("Center rules — Appendix A facts and designated units, 8.1.3 messages, the registry")
class RuleEdgesTest {

  private static CenterProfile withUnits(
      CenterProfile center, List<String> designated, EnteredUnit... extra) {
    List<EnteredUnit> units = new ArrayList<>(center.units());
    units.addAll(List.of(extra));
    return center.toBuilder().units(units).designatedUnits(designated).build();
  }

  private static CenterProfile withDisplays(Display... displays) {
    Hardware h = tier1Conformant().hardware();
    return tier1Conformant().toBuilder()
        .hardware(
            new Hardware(
                h.rooms(),
                h.systems(),
                h.bandwidthMbps(),
                h.networkEquipment(),
                List.of(displays),
                h.displayComponents(),
                h.videoConference(),
                h.functionalDevices()))
        .build();
  }

  @Test
  @Implements({"A.1.1", "R4"})
  @DisplayName(
      "A.1.1 the finding shows the tier, the resident units, the units present otherwise with their"
          + " mode (R4) and the designated units")
  void appendix_a_facts() {
    Finding f = check("A.1.1", tier1Conformant());
    assertThat(f.facts())
        .hasSize(4)
        .contains(
            new Fact("tier", "TIER_1"),
            new Fact(
                "nonResidentUnits", "[莲都区市场监督管理局 (OTHER, ROTATING), 莲都区卫生健康局 (OTHER, ON_CALL)]"),
            new Fact("designatedUnits", "[莲都区信访局]"));
    assertThat(f.facts().get(1).name()).isEqualTo("residentUnits");
    assertThat(f.facts().get(1).value())
        .startsWith("[莲都区综治中心 (COUNTY_COMPREHENSIVE_GOVERNANCE_CENTER), ")
        .contains("莲都区劳动人事争议仲裁院 (LABOUR_DISPUTE_ARBITRATION_COURT)")
        .endsWith("莲都区信访局 (OTHER)]")
        .doesNotContain("莲都区市场监督管理局");
  }

  @Test
  @Implements("A.1.2")
  @DisplayName(
      "A.1.2 二类地区: a designated unit must be resident 成建制或团队式; one absent is named in both"
          + " languages")
  void tier_2_designated_unit_absent() {
    Finding f = check("A.1.2", withUnits(tier2Conformant(), List.of("景宁县司法局", "景宁县人武部")));
    assertThat(f.verdict()).isEqualTo(Verdict.NONCONFORMS);
    assertThat(f.messageZh()).isEqualTo("当地党委政府确定的单位未成建制或团队式常驻：景宁县人武部");
    assertThat(f.messageEn())
        .isEqualTo(
            "units designated by the local Party committee and government are not resident as a"
                + " whole unit or team: 景宁县人武部");
  }

  @Test
  @Implements({"A.1.1", "R4"})
  @DisplayName(
      "A.1.1 一类地区: a designated unit counts only resident and as a whole unit (成建制) — not"
          + " rotating, nor with no form declared; names match without surrounding spaces")
  void tier_1_designated_unit_form_and_presence() {
    CenterProfile rotating =
        withUnits(
            tier1Conformant(),
            List.of("莲都区人武部"),
            new EnteredUnit(
                UnitKind.OTHER, "莲都区人武部", EntryMode.ROTATING, Optional.of(EntryForm.WHOLE_UNIT)));
    Finding f = check("A.1.1", rotating);
    assertThat(f.verdict()).isEqualTo(Verdict.NONCONFORMS);
    assertThat(f.messageZh()).isEqualTo("当地党委政府确定的单位未成建制常驻：莲都区人武部");
    assertThat(f.messageEn())
        .isEqualTo(
            "units designated by the local Party committee and government are not resident as a"
                + " whole unit: 莲都区人武部");

    CenterProfile noForm =
        withUnits(
            tier1Conformant(),
            List.of("莲都区人武部"),
            new EnteredUnit(UnitKind.OTHER, "莲都区人武部", EntryMode.RESIDENT, Optional.empty()));
    assertThat(check("A.1.1", noForm).verdict()).isEqualTo(Verdict.NONCONFORMS);

    CenterProfile spaced =
        withUnits(
            tier1Conformant(),
            List.of(" 莲都区人武部 "),
            new EnteredUnit(
                UnitKind.OTHER, "莲都区人武部  ", EntryMode.RESIDENT, Optional.of(EntryForm.WHOLE_UNIT)));
    assertThat(check("A.1.1", spaced).verdict()).isEqualTo(Verdict.CONFORMS);
  }

  @Test
  @Implements("8.1.3")
  @DisplayName(
      "8.1.3 with no screen recorded the message says so; a conforming finding names the first"
          + " screen of at least 70 inches and 1920×1080")
  void display_messages() {
    Finding none = check("8.1.3", withDisplays());
    assertThat(none.verdict()).isEqualTo(Verdict.NONCONFORMS);
    assertThat(none.messageZh()).isEqualTo("没有尺寸不小于70英寸且物理分辨率达到1920×1080的显示屏（未记录显示屏）");
    assertThat(none.messageEn())
        .isEqualTo(
            "no screen of at least 70 inches with a physical resolution of at least 1920×1080 (no"
                + " screens recorded)");
    assertThat(none.facts()).contains(new Fact("displays", "[]"));

    Finding small =
        check(
            "8.1.3",
            withDisplays(new Display("会商屏", new BigDecimal("65"), new Resolution(3840, 2160))));
    assertThat(small.messageEn()).contains("(has: 会商屏 65\" 3840×2160)");

    Finding two =
        check(
            "8.1.3",
            withDisplays(
                new Display("桌面屏", new BigDecimal("27"), new Resolution(2560, 1440)),
                new Display("主屏", new BigDecimal("98"), new Resolution(3840, 2160)),
                new Display("副屏", new BigDecimal("86"), new Resolution(1920, 1080))));
    assertThat(two.verdict()).isEqualTo(Verdict.CONFORMS);
    assertThat(two.messageZh()).isEqualTo("显示屏主屏不小于70英寸、物理分辨率达到1920×1080，组件齐全");
    assertThat(two.messageEn())
        .isEqualTo("screen 主屏 is at least 70 inches and 1920×1080, with all components");
  }

  @Test
  @DisplayName("the standard registry is built once and then shared")
  void the_standard_registry_is_shared() {
    assertThat(CenterRules.standard()).isSameAs(CenterRules.standard());
    assertThat(CenterRules.standard().size()).isEqualTo(37);
  }
}
