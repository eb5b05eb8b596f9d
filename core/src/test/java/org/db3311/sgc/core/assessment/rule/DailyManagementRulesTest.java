package org.db3311.sgc.core.assessment.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.db3311.sgc.core.assessment.fixture.SampleCenters.tier1Conformant;
import static org.db3311.sgc.core.assessment.rule.RuleTestSupport.check;
import static org.db3311.sgc.core.assessment.rule.RuleTestSupport.verdict;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.finding.Verdict;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.profile.ManagementArrangements;
import org.db3311.sgc.core.assessment.profile.ManagementRegulation;
import org.db3311.sgc.core.assessment.profile.PostKind;
import org.db3311.sgc.core.catalog.Implements;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Chapter 7 日常管理: the arrangements that are facts of the center")
class DailyManagementRulesTest {

  private static CenterProfile with(ManagementArrangements m) {
    return tier1Conformant().toBuilder().management(m).build();
  }

  private static CenterProfile withoutPosts(PostKind kind) {
    return tier1Conformant().toBuilder()
        .staff(tier1Conformant().staff().stream().filter(p -> p.kind() != kind).toList())
        .build();
  }

  private static ManagementArrangements regulationsExcept(ManagementRegulation... absent) {
    ManagementArrangements m = tier1Conformant().management();
    EnumSet<ManagementRegulation> regs = EnumSet.allOf(ManagementRegulation.class);
    regs.removeAll(List.of(absent));
    return new ManagementArrangements(
        regs,
        m.visitorScreening(),
        m.accessControl(),
        m.fireDrills(),
        m.emergencyPlan(),
        m.emergencySafetyTrainings());
  }

  @Test
  @Implements("7.1")
  @DisplayName("7.1 应建立日常运行管理制度、各项服务管理制度，包括人员考核、中心例会、资产管理、印章管理、公文管理等制度")
  void management_rules() {
    assertThat(verdict("7.1", tier1Conformant())).isEqualTo(Verdict.CONFORMS);
    Finding f =
        check(
            "7.1",
            with(
                regulationsExcept(
                    ManagementRegulation.SEAL_MANAGEMENT, ManagementRegulation.REGULAR_MEETING)));
    assertThat(f.verdict()).isEqualTo(Verdict.NONCONFORMS);
    assertThat(f.messageZh()).isEqualTo("缺少管理制度：中心例会制度、印章管理制度");
  }

  @Test
  @Implements("7.3.1")
  @DisplayName("7.3.1 应配备专兼职档案管理工作人员")
  void archive_staff() {
    assertThat(verdict("7.3.1", tier1Conformant())).isEqualTo(Verdict.CONFORMS);
    assertThat(verdict("7.3.1", withoutPosts(PostKind.ARCHIVES))).isEqualTo(Verdict.NONCONFORMS);
  }

  @Test
  @Implements("7.4.1.1")
  @DisplayName("7.4.1.1 中心应配备安保人员，对外来人员进行安检")
  void security_staff_and_screening() {
    assertThat(verdict("7.4.1.1", tier1Conformant())).isEqualTo(Verdict.CONFORMS);
    Finding f = check("7.4.1.1", withoutPosts(PostKind.SECURITY));
    assertThat(f.messageZh()).isEqualTo("未配备安保人员");
    ManagementArrangements m = tier1Conformant().management();
    ManagementArrangements noScreening =
        new ManagementArrangements(
            m.regulations(), false, true, m.fireDrills(), true, m.emergencySafetyTrainings());
    assertThat(check("7.4.1.1", with(noScreening)).messageZh()).isEqualTo("未对外来人员进行安检");
  }

  @Test
  @Implements("7.4.1.2")
  @DisplayName("7.4.1.2 内部工作人员凭门禁系统进入中心")
  void access_control() {
    assertThat(verdict("7.4.1.2", tier1Conformant())).isEqualTo(Verdict.CONFORMS);
    ManagementArrangements m = tier1Conformant().management();
    ManagementArrangements open =
        new ManagementArrangements(
            m.regulations(), true, false, m.fireDrills(), true, m.emergencySafetyTrainings());
    assertThat(verdict("7.4.1.2", with(open))).isEqualTo(Verdict.NONCONFORMS);
  }

  @Test
  @Implements({"7.4.2.1", "R6"})
  @DisplayName("7.4.2.1 应建立消防安全管理制度，并定期进行消防安全演练 — a drill within the year before the assessment")
  void fire_drills_within_a_year() {
    ManagementArrangements m = tier1Conformant().management();
    ManagementArrangements oneDrill =
        new ManagementArrangements(
            m.regulations(),
            true,
            true,
            List.of(LocalDate.of(2024, 6, 30)),
            true,
            m.emergencySafetyTrainings());
    assertThat(check("7.4.2.1", with(oneDrill), LocalDate.of(2025, 6, 30)).verdict())
        .isEqualTo(Verdict.CONFORMS);
    Finding late = check("7.4.2.1", with(oneDrill), LocalDate.of(2025, 7, 1));
    assertThat(late.verdict()).isEqualTo(Verdict.NONCONFORMS);
    assertThat(late.messageZh()).contains("没有消防安全演练");
    assertThat(check("7.4.2.1", with(oneDrill), LocalDate.of(2024, 6, 29)).verdict())
        .as("a drill after the assessment day does not count")
        .isEqualTo(Verdict.NONCONFORMS);
    Finding noRules = check("7.4.2.1", with(regulationsExcept(ManagementRegulation.FIRE_SAFETY)));
    assertThat(noRules.messageZh()).contains("未建立消防安全管理制度");
  }

  @Test
  @Implements("7.4.2.2")
  @DisplayName("7.4.2.2 应制定内部应急安全预案，建立24小时值班备勤制度，并定期组织应急安全培训教育")
  void emergency_plan_duty_roster_and_training() {
    assertThat(verdict("7.4.2.2", tier1Conformant())).isEqualTo(Verdict.CONFORMS);
    ManagementArrangements m = regulationsExcept(ManagementRegulation.DUTY_ROSTER_24H);
    ManagementArrangements none =
        new ManagementArrangements(m.regulations(), true, true, m.fireDrills(), false, List.of());
    Finding f = check("7.4.2.2", with(none));
    assertThat(f.verdict()).isEqualTo(Verdict.NONCONFORMS);
    assertThat(f.messageZh()).isEqualTo("未制定内部应急安全预案；未建立24小时值班备勤制度；评估日前一年内没有应急安全培训教育");
  }

  @Test
  @Implements("7.4.3.1")
  @DisplayName("7.4.3.1 应建立信息保密制度")
  void confidentiality_rules() {
    assertThat(verdict("7.4.3.1", tier1Conformant())).isEqualTo(Verdict.CONFORMS);
    assertThat(verdict("7.4.3.1", with(regulationsExcept(ManagementRegulation.CONFIDENTIALITY))))
        .isEqualTo(Verdict.NONCONFORMS);
  }
}
