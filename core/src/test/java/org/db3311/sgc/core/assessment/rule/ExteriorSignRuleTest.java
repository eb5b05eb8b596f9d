package org.db3311.sgc.core.assessment.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.db3311.sgc.core.assessment.fixture.SampleCenters.ASSESSED_ON;
import static org.db3311.sgc.core.assessment.fixture.SampleCenters.tier1Conformant;
import static org.db3311.sgc.core.assessment.rule.RuleTestSupport.check;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.finding.Verdict;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.profile.County;
import org.db3311.sgc.core.assessment.profile.DivisionTable;
import org.db3311.sgc.core.assessment.profile.Sign;
import org.db3311.sgc.core.assessment.profile.SignKind;
import org.db3311.sgc.core.assessment.profile.SignLocation;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.DivisionCode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Implements("5.3.1")
@DisplayName("5.3.1 “××县（市、区）社会治理中心”字样的标牌 — the wording, the county's GB/T 2260 name")
class ExteriorSignRuleTest {

  /** The 莲都区 sample with its facade plates replaced by one reading {@code text}. */
  static CenterProfile plate(County county, String text) {
    List<Sign> signs = new ArrayList<>();
    for (Sign s : tier1Conformant().signs()) {
      if (s.kind() != SignKind.NAME_PLATE && s.kind() != SignKind.BRASS_PLATE) {
        signs.add(s);
      }
    }
    signs.add(Sign.of(SignKind.NAME_PLATE, text, SignLocation.FACADE));
    return tier1Conformant().toBuilder().county(county).signs(signs).build();
  }

  static final County LIANDU = County.of("331102", "莲都区");

  @ParameterizedTest
  @ValueSource(
      strings = {"莲都区社会治理中心", "丽水市莲都区社会治理中心", "浙江省丽水市莲都区社会治理中心", "浙江省莲都区社会治理中心", "丽水市 莲都区 社会治理中心"})
  @DisplayName("a plate bears the wording alone or after the city's or the province's name")
  void wording_after_city_or_province(String text) {
    assertThat(check("5.3.1", plate(LIANDU, text)).verdict()).isEqualTo(Verdict.CONFORMS);
  }

  @ParameterizedTest
  @ValueSource(strings = {"莲都区矛调中心", "杭州市莲都区社会治理中心", "莲都区社会治理中心（筹）", "丽水市社会治理中心", "青田县社会治理中心"})
  @DisplayName("anything else before or after the wording, or another county's, does not bear it")
  void other_wordings(String text) {
    assertThat(check("5.3.1", plate(LIANDU, text)).verdict()).isEqualTo(Verdict.NONCONFORMS);
  }

  @Test
  @DisplayName(
      "the county's code and name are checked against GB/T 2260, and the name is not the sign text")
  void code_and_name_against_gbt2260() {
    County misnamed = County.of("331102", "莲都县");
    Finding f = check("5.3.1", plate(misnamed, "莲都县社会治理中心"));
    assertThat(f.verdict()).isEqualTo(Verdict.NONCONFORMS);
    assertThat(f.messageEn())
        .contains("GB/T 2260 code 331102 is 莲都区, not 莲都县")
        .contains("no plate reading “莲都区社会治理中心”");

    Finding right = check("5.3.1", plate(misnamed, "莲都区社会治理中心"));
    assertThat(right.verdict())
        .as("the plate is right, the declared name is not")
        .isEqualTo(Verdict.NONCONFORMS);
    assertThat(right.messageEn()).doesNotContain("no plate reading");

    Finding unknown = check("5.3.1", plate(County.of("331199", "某某县"), "某某县社会治理中心"));
    assertThat(unknown.verdict()).isEqualTo(Verdict.NONCONFORMS);
    assertThat(unknown.messageEn()).contains("331199 is not in the division table");
  }

  @Test
  @DisplayName("the division table is data a deployment replaces")
  void replaceable_table() throws Exception {
    DivisionTable renamed =
        DivisionTable.fromCsv(
            new StringReader("# a deployment's table\n330000,浙江省\n331100,丽水市\n331102,莲都新区\n"));
    assertThat(renamed.name(DivisionCode.of("331102"))).contains("莲都新区");
    CenterProfile p = plate(County.of("331102", "莲都新区"), "莲都新区社会治理中心");
    assertThat(
            CenterRules.standard(renamed)
                .forClause("5.3.1")
                .orElseThrow()
                .check(p, ASSESSED_ON)
                .verdict())
        .isEqualTo(Verdict.CONFORMS);
    assertThat(check("5.3.1", p).verdict())
        .as("the shipped table still says 莲都区")
        .isEqualTo(Verdict.NONCONFORMS);
  }

  @Test
  @DisplayName("the shipped table holds Lishui's nine county-level divisions, city and province")
  void shipped_table() {
    DivisionTable t = DivisionTable.shipped();
    assertThat(t.all()).hasSize(11);
    assertThat(t.name(DivisionCode.of("331127"))).contains("景宁畲族自治县");
    assertThat(t.name(DivisionCode.of("331181"))).contains("龙泉市");
    assertThat(t.disagreement(County.of("331121", "青田县"))).isEmpty();
  }
}
