package com.example.countydesk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.db3311.sgc.adapter.profilejson.JsonCenterProfileCodec;
import org.db3311.sgc.core.GovernanceCenter;
import org.db3311.sgc.core.assessment.AssessmentReport;
import org.db3311.sgc.core.assessment.Assessor;
import org.db3311.sgc.core.assessment.OverallVerdict;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.catalog.ClauseCatalog;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.InMemoryNotifier;
import org.db3311.sgc.core.intake.DecideIntakeUseCase;
import org.db3311.sgc.core.intake.IntakeUseCases;
import org.db3311.sgc.core.intake.Material;
import org.db3311.sgc.core.intake.MaterialKind;
import org.db3311.sgc.core.intake.MatterParty;
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
import org.db3311.sgc.core.mediation.ScheduleSessionUseCase;

/**
 * A vendor's product: it embeds the released sgc-core and the profile-json adapter, wires the core
 * through its entry point on the real clock, and runs the intake scenario (a labour dispute registered at the window,
 * accepted, mediated and closed; the parties told), then assesses a center profile read with the
 * adapter. Exits non-zero when a step fails.
 */
public final class CountyDesk {

  public static void main(String[] args) throws Exception {
    // wiring: begin
    Clock clock = Clock.systemDefaultZone();
    var notifier = new InMemoryNotifier(clock);
    GovernanceCenter center =
        GovernanceCenter.builder(new DivisionCode("331121"), clock).notifier(notifier).build();
    IntakeUseCases intake = center.intake();
    MediationUseCases mediation = center.mediation();
    // wiring: end

    System.out.println("clause 6.1.1.1: " + ClauseCatalog.standard().get("6.1.1.1").level());

    // 1. Intake at the window: registered and accepted. No deadline is counted here.
    Actor clerk = new Actor("clerk-1", "窗口人员");
    Party worker = Party.Citizen.of("张三", "11010519491231002X", "13905781234");
    Party firm = Party.Organisation.of("丽水某建筑有限公司", "91512081MA62K0260E", null);
    Registration registration =
        Registration.atWindow(
            List.of(MatterParty.applicant(worker), MatterParty.respondent(firm)),
            "dispute.labour",
            Place.of("331121", "鹤城街道", "鹤城街道某工地"),
            "拖欠工资三个月",
            List.of(
                new Material.Submitted(MaterialKind.ID_CARD, "身份证"),
                new Material.Submitted(MaterialKind.APPLICATION, "申请书"),
                new Material.Submitted(MaterialKind.REGISTRATION_FORM, "登记表")));
    RegistrationNumber n =
        intake.register(new RegisterMatterUseCase.Command(registration, clerk)).number();
    intake.decide(
        new DecideIntakeUseCase.Command(n, DecideIntakeUseCase.Verdict.Review.clean(), clerk));
    check(intake.matter(n).state() == MatterState.ACCEPTED, "matter " + n + " was not accepted");
    System.out.println("registered and accepted: " + n + " (" + intake.matter(n).state() + ")");

    // 2. Mediation to closure. Its deadlines count working days, into next year's provisional
    // calendar when the official arrangement is not published yet (ruling R10).
    mediate(n, intake, mediation, clock, clerk);
    check(intake.matter(n).state() == MatterState.CLOSED, "matter " + n + " was not closed");
    check(notifier.sentAbout(n.toString()).size() >= 2, "the parties were not told");
    System.out.println("mediated and closed: " + n + ", parties told");

    // 3. The adapter: a center profile read from the published JSON format and assessed.
    String json;
    try (var in =
        JsonCenterProfileCodec.class.getResourceAsStream(
            JsonCenterProfileCodec.EXAMPLES + "tier1-conformant.json")) {
      json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    CenterProfile profile = new JsonCenterProfileCodec().parse(json).orElseThrow();
    AssessmentReport report = Assessor.standard().assess(profile, LocalDate.of(2025, 6, 30));
    System.out.println("assessed " + report.county() + ": " + report.overall());
    check(report.overall() == OverallVerdict.CONFORMANT, "the example profile is conformant");

    System.out.println("county desk: intake scenario done");
  }

  private static void mediate(
      RegistrationNumber n,
      IntakeUseCases intake,
      MediationUseCases mediation,
      Clock clock,
      Actor clerk) {
    MediationCaseId id = mediation.open(new OpenMediationUseCase.Command(n, clerk));
    mediation.assess(new AssessSuitabilityUseCase.Command(id, true, "事实清楚", clerk));
    mediation.recordConsent(new RecordConsentUseCase.Command(id, 0, true, true, clerk));
    mediation.recordConsent(new RecordConsentUseCase.Command(id, 1, true, true, clerk));
    mediation.route(new RouteMediationUseCase.Command(id, clerk));
    mediation.schedule(
        new ScheduleSessionUseCase.Command(
            id, ScheduleSessionUseCase.Mode.ONLINE, clock.instant(), Optional.empty(), clerk));
    List<String> parties = List.of("张三", "丽水某建筑有限公司");
    mediation.recordSession(
        new RecordSessionUseCase.Command(
            id,
            new MediationRecord(
                clock.instant(),
                "视频调解",
                "调解员陈",
                "记录员周",
                parties,
                true,
                Map.of("张三", "欠薪三个月", "丽水某建筑有限公司", "同意分期支付"),
                "欠薪 18000 元属实",
                "告知诉讼成本",
                List.of("张三", "丽水某建筑有限公司", "调解员陈", "记录员周")),
            clerk));
    LocalDate today = LocalDate.now(clock);
    MediationAgreement agreement =
        new MediationAgreement(
            parties,
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
  }

  private static void check(boolean condition, String failure) {
    if (!condition) {
      throw new IllegalStateException(failure);
    }
  }
}
