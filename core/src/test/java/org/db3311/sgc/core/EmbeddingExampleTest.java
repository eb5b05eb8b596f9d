package org.db3311.sgc.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.InMemoryAuditTrail;
import org.db3311.sgc.core.common.InMemoryNotifier;
import org.db3311.sgc.core.intake.DecideIntakeUseCase;
import org.db3311.sgc.core.intake.IntakeUseCases;
import org.db3311.sgc.core.intake.Material;
import org.db3311.sgc.core.intake.MaterialKind;
import org.db3311.sgc.core.intake.MatterParty;
import org.db3311.sgc.core.intake.MatterResult;
import org.db3311.sgc.core.intake.MatterState;
import org.db3311.sgc.core.intake.Party;
import org.db3311.sgc.core.intake.Place;
import org.db3311.sgc.core.intake.RegisterMatterUseCase;
import org.db3311.sgc.core.intake.Registration;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.mediation.AssessSuitabilityUseCase;
import org.db3311.sgc.core.mediation.CloseMediationUseCase;
import org.db3311.sgc.core.mediation.ConcludeMediationUseCase;
import org.db3311.sgc.core.mediation.MediationAgreement;
import org.db3311.sgc.core.mediation.MediationCaseId;
import org.db3311.sgc.core.mediation.MediationRecord;
import org.db3311.sgc.core.mediation.MediationUseCases;
import org.db3311.sgc.core.mediation.OpenMediationUseCase;
import org.db3311.sgc.core.mediation.RecordConsentUseCase;
import org.db3311.sgc.core.mediation.RecordSessionUseCase;
import org.db3311.sgc.core.mediation.RouteMediationUseCase;
import org.db3311.sgc.core.mediation.RoutingDecision;
import org.db3311.sgc.core.mediation.ScheduleSessionUseCase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * How a vendor embeds the core: {@link GovernanceCenter} wires every casework service over the
 * in-memory adapters (swap in JPA, AMQP or SMS adapters through its builder), no framework. The
 * test registers a labour dispute, accepts it, routes and mediates it, and closes it; the parties
 * are told the result.
 */
class EmbeddingExampleTest {

  @Test
  @DisplayName("a dispute is registered, routed, mediated and closed with nothing but new")
  void a_vendor_embeds_the_core() {
    // wiring: begin
    Clock clock = Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    var notifier = new InMemoryNotifier(clock);
    var audit = new InMemoryAuditTrail();
    GovernanceCenter center =
        GovernanceCenter.builder(new DivisionCode("331121"), clock)
            .notifier(notifier)
            .auditTrail(audit)
            .build();
    IntakeUseCases intake = center.intake();
    MediationUseCases mediation = center.mediation();
    // wiring: end

    Actor clerk = new Actor("clerk-1", "窗口人员");
    Party worker = Party.Citizen.of("张三", "11010519491231002X", "13905781234");
    Party firm = Party.Organisation.of("丽水某建筑有限公司", "91512081MA62K0260E", null);
    List<Material.Submitted> materials =
        List.of(
            new Material.Submitted(MaterialKind.ID_CARD, "身份证"),
            new Material.Submitted(MaterialKind.APPLICATION, "申请书"),
            new Material.Submitted(MaterialKind.REGISTRATION_FORM, "登记表"));
    Registration registration =
        Registration.atWindow(
            List.of(MatterParty.applicant(worker), MatterParty.respondent(firm)),
            "dispute.labour",
            Place.of("331121", "鹤城街道", "鹤城街道某工地"),
            "拖欠工资三个月",
            materials);

    RegistrationNumber n =
        intake.register(new RegisterMatterUseCase.Command(registration, clerk)).number();
    intake.decide(
        new DecideIntakeUseCase.Command(n, DecideIntakeUseCase.Verdict.Review.clean(), clerk));
    MediationCaseId id = mediation.open(new OpenMediationUseCase.Command(n, clerk));
    mediation.assess(new AssessSuitabilityUseCase.Command(id, true, "事实清楚", clerk));
    mediation.recordConsent(new RecordConsentUseCase.Command(id, 0, true, true, clerk));
    mediation.recordConsent(new RecordConsentUseCase.Command(id, 1, true, true, clerk));
    RoutingDecision routed = mediation.route(new RouteMediationUseCase.Command(id, clerk));
    mediation.schedule(
        new ScheduleSessionUseCase.Command(
            id, ScheduleSessionUseCase.Mode.ONLINE, clock.instant(), Optional.empty(), clerk));
    mediation.recordSession(
        new RecordSessionUseCase.Command(
            id,
            new MediationRecord(
                clock.instant(),
                "视频调解",
                "调解员陈",
                "记录员周",
                List.of("张三", "丽水某建筑有限公司"),
                true,
                Map.of("张三", "欠薪三个月", "丽水某建筑有限公司", "同意分期支付"),
                "欠薪 18000 元属实",
                "告知诉讼成本",
                List.of("张三", "丽水某建筑有限公司", "调解员陈", "记录员周")),
            clerk));
    LocalDate today = LocalDate.of(2026, 11, 25);
    MediationAgreement agreement =
        new MediationAgreement(
            List.of("张三", "丽水某建筑有限公司"),
            "公司欠付张三工资",
            "欠薪金额与期限",
            "公司承担支付责任",
            List.of(
                new MediationAgreement.Obligation(
                    "丽水某建筑有限公司", "支付 18000 元", "银行转账", "青田县", today.plusDays(15))),
            false,
            Set.of("张三", "丽水某建筑有限公司", "调解员陈"),
            "调解员陈",
            true,
            today);
    mediation.conclude(
        new ConcludeMediationUseCase.Command(
            id, new ConcludeMediationUseCase.Outcome.Agreement(agreement), clerk));
    mediation.close(new CloseMediationUseCase.Command(id, clerk));

    assertThat(routed.explanation()).contains("labour");
    assertThat(center.supervision().file(n.toString()).snapshot().subject())
        .isEqualTo(n.toString());
    assertThat(intake.matter(n).state()).isEqualTo(MatterState.CLOSED);
    assertThat(intake.matter(n).result().orElseThrow().outcome())
        .isEqualTo(MatterResult.Outcome.RESOLVED);
    // two result notices (6.2.1.4.1), then the survey by text to the party with a mobile
    assertThat(notifier.sentAbout(n.toString())).hasSize(3);
    assertThat(audit.of("Matter", n.toString())).hasSize(4);
  }

  @Test
  @DisplayName("the wiring above takes fewer than 40 lines")
  void the_wiring_is_short() throws IOException {
    List<String> lines =
        Files.readAllLines(Path.of("src/test/java/org/db3311/sgc/core/EmbeddingExampleTest.java"));
    int begin = lines.indexOf("    // wiring: begin");
    int end = lines.indexOf("    // wiring: end");
    assertThat(begin).isNotNegative();
    assertThat(end - begin - 1).isPositive().isLessThan(40);
  }
}
