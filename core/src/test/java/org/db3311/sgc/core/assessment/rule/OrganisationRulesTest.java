package org.db3311.sgc.core.assessment.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.db3311.sgc.core.assessment.fixture.SampleCenters.tier1Conformant;
import static org.db3311.sgc.core.assessment.fixture.SampleCenters.tier2Conformant;
import static org.db3311.sgc.core.assessment.rule.RuleTestSupport.check;
import static org.db3311.sgc.core.assessment.rule.RuleTestSupport.verdict;
import static org.db3311.sgc.core.assessment.rule.RuleTestSupport.withoutAttestation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.finding.Verdict;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.profile.Certificate;
import org.db3311.sgc.core.assessment.profile.ManagementBody;
import org.db3311.sgc.core.assessment.profile.ManagementFunction;
import org.db3311.sgc.core.assessment.profile.Platform;
import org.db3311.sgc.core.assessment.profile.PostHolder;
import org.db3311.sgc.core.assessment.profile.PostKind;
import org.db3311.sgc.core.assessment.profile.SocialForce;
import org.db3311.sgc.core.assessment.profile.SocialForceKind;
import org.db3311.sgc.core.assessment.profile.StaffPost;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.catalog.NormativeLevel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Chapter 4 组织机构: platforms, management body, entered units, staffing")
class OrganisationRulesTest {

  @Test
  @Implements("4.1.1")
  @DisplayName("4.1.1 应包含矛盾纠纷调处化解平台和社会治理综合指挥平台 — both, not one")
  void both_platforms_are_required() {
    assertThat(verdict("4.1.1", tier1Conformant())).isEqualTo(Verdict.CONFORMS);
    CenterProfile onlyOne =
        tier1Conformant().toBuilder().platforms(EnumSet.of(Platform.DISPUTE_RESOLUTION)).build();
    Finding f = check("4.1.1", onlyOne);
    assertThat(f.verdict()).isEqualTo(Verdict.NONCONFORMS);
    assertThat(f.level()).isEqualTo(NormativeLevel.SHALL);
    assertThat(f.messageZh()).contains("社会治理综合指挥平台").doesNotContain("矛盾纠纷调处化解平台");
    assertThat(f.messageEn()).contains("integrated social-governance command platform");
  }

  @Test
  @Implements("4.1.2")
  @DisplayName("4.1.2 应设立专门的管理机构，实体化运作，并具备综合协调、运行保障、业务管理、监管督查等功能")
  void management_body_is_dedicated_real_and_complete() {
    assertThat(verdict("4.1.2", tier1Conformant())).isEqualTo(Verdict.CONFORMS);
    CenterProfile none = tier1Conformant().toBuilder().managementBody(Optional.empty()).build();
    assertThat(check("4.1.2", none).messageZh()).contains("未设立管理机构");
    CenterProfile partTime =
        tier1Conformant().toBuilder()
            .managementBody(
                ManagementBody.of(
                    "综治办（兼）",
                    false,
                    false,
                    EnumSet.of(
                        ManagementFunction.COORDINATION, ManagementFunction.BUSINESS_MANAGEMENT)))
            .build();
    Finding f = check("4.1.2", partTime);
    assertThat(f.verdict()).isEqualTo(Verdict.NONCONFORMS);
    assertThat(f.messageZh()).contains("不是专门机构", "未实体化运作", "运行保障、监管督查");
  }

  @Test
  @Implements("4.1.3.1")
  @DisplayName("4.1.3.1 采取常驻、轮驻、阶段性入驻、随叫随驻等方式进驻 — a center with no unit falls short")
  void units_enter_by_one_of_the_four_modes() {
    Finding f = check("4.1.3.1", tier1Conformant());
    assertThat(f.verdict()).isEqualTo(Verdict.CONFORMS);
    assertThat(f.facts()).anySatisfy(fact -> assertThat(fact.value()).contains("ROTATING=1"));
    CenterProfile empty = tier1Conformant().toBuilder().units(List.of()).build();
    assertThat(verdict("4.1.3.1", empty)).isEqualTo(Verdict.NONCONFORMS);
  }

  @Test
  @Implements("4.1.3.1")
  @DisplayName("4.1.3.1 应坚持资源优化整合的原则 — the finding does not claim the principle it cannot judge")
  void the_principle_is_not_claimed() {
    Finding f = check("4.1.3.1", tier1Conformant());
    assertThat(f.messageEn())
        .contains("the principle of optimising and integrating resources is not judged")
        .contains("rotating")
        .doesNotContain("entered as resident, rotating, phased or on-call units");
    assertThat(f.messageZh()).contains("资源优化整合原则不据申报事实评判");
    assertThat(f.facts())
        .anySatisfy(x -> assertThat(x.name()).isEqualTo("principleOfResourceIntegration"));
  }

  @Test
  @Implements("4.1.3.3")
  @DisplayName("4.1.3.3 宜吸收调解、法律服务、公证、鉴定、评估、心理服务、社会帮扶、公益服务、保险等社会服务力量进驻")
  void social_forces_are_a_recommendation() {
    assertThat(verdict("4.1.3.3", tier1Conformant())).isEqualTo(Verdict.CONFORMS);
    CenterProfile few =
        tier1Conformant().toBuilder()
            .socialForces(List.of(new SocialForce(SocialForceKind.MEDIATION, "人民调解委员会")))
            .build();
    Finding f = check("4.1.3.3", few);
    assertThat(f.verdict()).isEqualTo(Verdict.NONCONFORMS);
    assertThat(f.level()).isEqualTo(NormativeLevel.SHOULD);
    assertThat(f.isMandatoryGap()).isFalse();
    assertThat(f.messageZh()).contains("法律服务、公证、鉴定、评估、心理服务、社会帮扶、公益服务、保险");
  }

  @Test
  @Implements("4.2.1")
  @DisplayName("4.2.1 中心应根据管理部门职能配置工作人员 — at least one management post held")
  void management_body_is_staffed() {
    assertThat(verdict("4.2.1", tier1Conformant())).isEqualTo(Verdict.CONFORMS);
    CenterProfile unstaffed =
        tier1Conformant().toBuilder()
            .staff(
                tier1Conformant().staff().stream()
                    .filter(p -> p.kind() != PostKind.MANAGEMENT)
                    .toList())
            .build();
    assertThat(check("4.2.1", unstaffed).messageZh()).contains("管理部门未配置工作人员");
  }

  @Test
  @Implements({"4.2.2", "4.2.4", "R6"})
  @DisplayName(
      "4.2.2 / 4.2.4 人员执业技术要求与资格条件 — organisational (R11): declared facts in a"
          + " self-assessment, attested in an inspection")
  void staff_competence_is_attested() {
    for (String clause : List.of("4.2.2", "4.2.4")) {
      assertThat(verdict(clause, tier1Conformant())).isEqualTo(Verdict.CONFORMS);
      CenterProfile bare = withoutAttestation(tier1Conformant(), clause);
      assertThat(check(clause, bare).verdict()).isEqualTo(Verdict.CONFORMS);
      Finding f =
          CenterRules.standard()
              .forClause(clause)
              .orElseThrow()
              .check(
                  bare,
                  org.db3311.sgc.core.assessment.fixture.SampleCenters.ASSESSED_ON,
                  org.db3311.sgc.core.assessment.finding.EvidenceMode.INSPECTION);
      assertThat(f.verdict()).isEqualTo(Verdict.EVIDENCE_MISSING);
      assertThat(f.isMandatoryGap()).isTrue();
      assertThat(f.messageEn()).startsWith("needs a valid attestation");
    }
  }

  @Test
  @Implements({"4.2.3", "R11"})
  @DisplayName("4.2.3 有特殊要求的岗位，应持证上岗 — a certificate expired on the assessment day fails")
  void special_posts_need_a_valid_certificate() {
    assertThat(verdict("4.2.3", tier1Conformant())).isEqualTo(Verdict.CONFORMS);
    StaffPost counsellor =
        new StaffPost(
            "心理疏导窗口",
            PostKind.BUSINESS_WINDOW,
            Optional.of("心理咨询师证书"),
            List.of(
                new PostHolder(
                    "赵静",
                    List.of(
                        new Certificate(
                            "心理咨询师证书",
                            Optional.empty(),
                            Optional.empty(),
                            Optional.of(LocalDate.of(2025, 6, 29))))),
                new PostHolder("钱多", List.of())));
    CenterProfile expired = tier1Conformant().toBuilder().staff(List.of(counsellor)).build();
    Finding f = check("4.2.3", expired);
    assertThat(f.verdict()).isEqualTo(Verdict.NONCONFORMS);
    assertThat(f.messageZh()).contains("赵静无有效的心理咨询师证书", "钱多无有效的心理咨询师证书");
    assertThat(check("4.2.3", expired, LocalDate.of(2025, 6, 29)).messageZh()).doesNotContain("赵静");
    assertThat(
            CenterRules.standard()
                .forClause("4.2.3")
                .orElseThrow()
                .check(
                    tier2Conformant().toBuilder().attestations(List.of()).build(),
                    org.db3311.sgc.core.assessment.fixture.SampleCenters.ASSESSED_ON,
                    org.db3311.sgc.core.assessment.finding.EvidenceMode.INSPECTION)
                .verdict())
        .as("a software-rule clause is judged from the declared facts in every mode (R11)")
        .isEqualTo(Verdict.CONFORMS);
  }
}
