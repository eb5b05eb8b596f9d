package org.db3311.sgc.core.assessment.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.db3311.sgc.core.assessment.fixture.SampleCenters.resident;
import static org.db3311.sgc.core.assessment.fixture.SampleCenters.tier1Conformant;
import static org.db3311.sgc.core.assessment.fixture.SampleCenters.tier2Conformant;
import static org.db3311.sgc.core.assessment.rule.RuleTestSupport.check;
import static org.db3311.sgc.core.assessment.rule.RuleTestSupport.verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.finding.Verdict;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.profile.EnteredUnit;
import org.db3311.sgc.core.assessment.profile.EntryForm;
import org.db3311.sgc.core.assessment.profile.EntryMode;
import org.db3311.sgc.core.assessment.profile.UnitKind;
import org.db3311.sgc.core.catalog.ClauseId;
import org.db3311.sgc.core.catalog.Implements;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Appendix A 地区常驻单位（中心） with 4.1.3.2 and rulings R1, R3, R4")
class AppendixARulesTest {

  private static CenterProfile withUnits(CenterProfile center, List<EnteredUnit> units) {
    return center.toBuilder().units(units).build();
  }

  private static List<EnteredUnit> unitsWithout(CenterProfile center, UnitKind... kinds) {
    List<EnteredUnit> units = new ArrayList<>(center.units());
    units.removeIf(u -> List.of(kinds).contains(u.kind()));
    return units;
  }

  @Test
  @Implements({"A.1.1", "A.1.2", "A.1", "4.1.3.2", "R1"})
  @DisplayName("A.1 each tier's row applies to the declared tier only (R1)")
  void rows_apply_by_declared_tier() {
    assertThat(verdict("A.1.1", tier1Conformant())).isEqualTo(Verdict.CONFORMS);
    assertThat(verdict("A.1.2", tier1Conformant())).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(verdict("A.1.2", tier2Conformant())).isEqualTo(Verdict.CONFORMS);
    assertThat(verdict("A.1.1", tier2Conformant())).isEqualTo(Verdict.NOT_APPLICABLE);
    for (CenterProfile c : List.of(tier1Conformant(), tier2Conformant())) {
      assertThat(verdict("A.1", c)).isEqualTo(Verdict.CONFORMS);
      assertThat(verdict("4.1.3.2", c)).isEqualTo(Verdict.CONFORMS);
    }
  }

  @Test
  @Implements({"A.1.1", "A.1", "4.1.3.2"})
  @DisplayName("A.1.1 一类地区常驻单位 — absent units are named in both languages")
  void tier_1_missing_units_by_name() {
    CenterProfile c =
        withUnits(
            tier1Conformant(),
            unitsWithout(
                tier1Conformant(),
                UnitKind.ADMINISTRATIVE_DISPUTE_MEDIATION_CENTER,
                UnitKind.PROCURATORATE_SERVICE_CENTER_12309));
    Finding f = check("A.1.1", c);
    assertThat(f.verdict()).isEqualTo(Verdict.NONCONFORMS);
    assertThat(f.messageZh()).isEqualTo("缺少常驻单位：行政争议调解中心、12309检察服务中心");
    assertThat(f.messageEn())
        .isEqualTo(
            "missing resident unit: administrative dispute mediation center, 12309 procuratorate"
                + " service center");
    Finding reference = check("4.1.3.2", c);
    assertThat(reference.verdict()).isEqualTo(Verdict.NONCONFORMS);
    assertThat(reference.messageZh()).contains("行政争议调解中心", "见附录A A.1.1");
    assertThat(check("A.1", c).messageEn()).contains("see Appendix A row A.1.1");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = EntryMode.class,
      names = {"ROTATING", "PHASED", "ON_CALL"})
  @Implements({"A.1.1", "4.1.3.2", "R4"})
  @DisplayName("R4: a unit present only by rotation, phase or on call does not count")
  void visiting_units_do_not_count(EntryMode mode) {
    List<EnteredUnit> units =
        unitsWithout(tier1Conformant(), UnitKind.LABOUR_DISPUTE_ARBITRATION_COURT);
    units.add(
        new EnteredUnit(
            UnitKind.LABOUR_DISPUTE_ARBITRATION_COURT, "莲都区劳动人事争议仲裁院", mode, Optional.empty()));
    Finding f = check("A.1.1", withUnits(tier1Conformant(), units));
    assertThat(f.verdict()).isEqualTo(Verdict.NONCONFORMS);
    assertThat(f.rulings()).contains(ClauseId.of("R4"));
    assertThat(f.messageZh())
        .contains("缺少常驻单位：劳动人事争议仲裁院")
        .contains("以下单位仅轮驻、阶段性入驻或随叫随驻，不计为常驻：劳动人事争议仲裁院");
    assertThat(verdict("4.1.3.2", withUnits(tier1Conformant(), units)))
        .isEqualTo(Verdict.NONCONFORMS);
  }

  @Test
  @Implements({"A.1.2", "R3"})
  @DisplayName("R3: tier 2 passes with the litigation service center alone")
  void tier_2_with_litigation_center_only() {
    List<EnteredUnit> units =
        unitsWithout(
            tier2Conformant(),
            UnitKind.LABOUR_DISPUTE_ARBITRATION_COURT,
            UnitKind.LITIGATION_SERVICE_CENTER);
    units.add(resident(UnitKind.LITIGATION_SERVICE_CENTER, "景宁县人民法院诉讼服务中心"));
    assertThat(verdict("A.1.2", withUnits(tier2Conformant(), units))).isEqualTo(Verdict.CONFORMS);
  }

  @Test
  @Implements({"A.1.2", "R3"})
  @DisplayName("R3: tier 2 passes with the labour arbitration court alone")
  void tier_2_with_labour_arbitration_only() {
    List<EnteredUnit> units = unitsWithout(tier2Conformant(), UnitKind.LITIGATION_SERVICE_CENTER);
    assertThat(verdict("A.1.2", withUnits(tier2Conformant(), units))).isEqualTo(Verdict.CONFORMS);
  }

  @Test
  @Implements({"A.1.2", "R3", "R4"})
  @DisplayName(
      "R3: tier 2 fails with neither resident (a rotating litigation center does not count, R4)")
  void tier_2_with_neither() {
    List<EnteredUnit> units =
        unitsWithout(tier2Conformant(), UnitKind.LABOUR_DISPUTE_ARBITRATION_COURT);
    Finding f = check("A.1.2", withUnits(tier2Conformant(), units));
    assertThat(f.verdict()).isEqualTo(Verdict.NONCONFORMS);
    assertThat(f.messageZh()).contains("缺少常驻单位：诉讼服务中心或劳动人事争议仲裁院（至少其一）").contains("不计为常驻：诉讼服务中心");
  }

  @Test
  @Implements({"A.1.1", "A.1.2"})
  @DisplayName("A.1 当地党委政府认为需要成建制（二类：或团队式）入驻的单位 must be resident in that form")
  void designated_units() {
    CenterProfile tier1 =
        tier1Conformant().toBuilder()
            .designatedUnits(List.of("莲都区信访局", "莲都区市场监督管理局", "莲都区人武部"))
            .build();
    Finding f = check("A.1.1", tier1);
    assertThat(f.verdict()).isEqualTo(Verdict.NONCONFORMS);
    assertThat(f.messageZh()).isEqualTo("当地党委政府确定的单位未成建制常驻：莲都区市场监督管理局、莲都区人武部");
    List<EnteredUnit> teamUnits = new ArrayList<>(tier1.units());
    teamUnits.add(
        new EnteredUnit(UnitKind.OTHER, "莲都区人武部", EntryMode.RESIDENT, Optional.of(EntryForm.TEAM)));
    assertThat(check("A.1.1", withUnits(tier1, teamUnits)).messageZh())
        .as("tier 1 asks for whole units: a team does not do")
        .contains("莲都区人武部");
    assertThat(verdict("A.1.2", tier2Conformant()))
        .as("tier 2 accepts a designated unit entered as a team")
        .isEqualTo(Verdict.CONFORMS);
  }
}
