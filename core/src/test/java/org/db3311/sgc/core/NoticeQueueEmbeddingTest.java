package org.db3311.sgc.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.InMemoryNotifier;
import org.db3311.sgc.core.common.InMemoryUnitOfWork;
import org.db3311.sgc.core.common.Notification;
import org.db3311.sgc.core.common.Notifier;
import org.db3311.sgc.core.common.UnitOfWork;
import org.db3311.sgc.core.followup.FollowUpId;
import org.db3311.sgc.core.followup.ResultNotice;
import org.db3311.sgc.core.intake.DecideIntakeUseCase;
import org.db3311.sgc.core.intake.IntakeUseCases;
import org.db3311.sgc.core.intake.Material;
import org.db3311.sgc.core.intake.MaterialKind;
import org.db3311.sgc.core.intake.MatterParty;
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
import org.db3311.sgc.core.notice.InMemoryNoticeQueue;
import org.db3311.sgc.core.notice.NoticeDispatcher;
import org.db3311.sgc.core.notice.NoticeId;
import org.db3311.sgc.core.notice.NoticeSender;
import org.db3311.sgc.core.notice.NoticeState;
import org.db3311.sgc.core.notice.QueuedNotice;
import org.db3311.sgc.core.notice.QueueingNotifier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The result notice of 6.2.1.4.1 through the notice queue: the use cases send through the {@link
 * QueueingNotifier}, so closing a matter queues one notice per party in the follow-up's unit of
 * work, and the follow-up records the queued notices' ids; the dispatcher sends them afterwards.
 */
class NoticeQueueEmbeddingTest {

  @Test
  @Implements({"6.2.1.4.1", "6.2.1.4.2", "6.2.1.1.2"})
  @DisplayName(
      "6.2.1.4.1: closing a matter queues the parties' result notices, then the survey, sent afterwards"
          + " by the dispatcher once")
  void result_notices_go_through_the_queue() {
    Clock clock = Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    UnitOfWork uow = new InMemoryUnitOfWork();
    InMemoryNoticeQueue queue = new InMemoryNoticeQueue();
    GovernanceCenter center =
        GovernanceCenter.builder(new DivisionCode("331121"), clock)
            .unitOfWork(uow)
            .notifier(new QueueingNotifier(queue, uow, clock))
            .build();
    IntakeUseCases intake = center.intake();
    MediationUseCases mediation = center.mediation();

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

    List<ResultNotice> told = center.followUp().followUp(new FollowUpId(n, 1)).notices();
    assertThat(told).hasSize(2);
    List<QueuedNotice> queued =
        told.stream().map(t -> queue.find(new NoticeId(t.deliveryId())).orElseThrow()).toList();
    assertThat(queued).allSatisfy(q -> assertThat(q.state()).isEqualTo(NoticeState.QUEUED));
    QueuedNotice text =
        queued.stream()
            .filter(q -> q.notification().channel() == Notification.Channel.SMS)
            .findFirst()
            .orElseThrow();
    assertThat(text.notification().template().orElseThrow().key()).isEqualTo("result");
    assertThat(text.notification().reference()).isEqualTo(n.toString());

    List<String> texted = new ArrayList<>();
    NoticeSender sms =
        new NoticeSender() {
          @Override
          public boolean handles(Notification.Channel channel) {
            return channel == Notification.Channel.SMS;
          }

          @Override
          public Notifier.Receipt deliver(NoticeId nid, Notification notification) {
            texted.add(notification.template().orElseThrow().key());
            return new Notifier.Receipt("gw-" + texted.size(), clock.instant());
          }
        };
    InMemoryNotifier others = new InMemoryNotifier(clock);
    NoticeDispatcher dispatcher =
        new NoticeDispatcher(
            queue,
            List.of(
                sms,
                NoticeSender.through(
                    others,
                    EnumSet.of(
                        Notification.Channel.LETTER,
                        Notification.Channel.WEB,
                        Notification.Channel.UNIT_INBOX))),
            clock,
            NoticeDispatcher.Policy.standard(),
            "server-1",
            new Random(1));
    NoticeDispatcher.Report r = dispatcher.dispatchDue();
    // three video links (mediator, worker, firm), two result notices, one survey by text
    assertThat(r.sent()).hasSize(6);
    assertThat(r.failed()).isEmpty();
    assertThat(texted).containsExactly("video-invitation", "result", "survey");
    assertThat(others.sentAbout(n.toString()))
        .extracting(Notification::channel)
        .containsExactly(Notification.Channel.LETTER);
    assertThat(others.sentAbout(id.toString()))
        .extracting(Notification::channel)
        .containsExactlyInAnyOrder(Notification.Channel.UNIT_INBOX, Notification.Channel.WEB);
    // a second run finds nothing: no notice is sent twice
    assertThat(dispatcher.dispatchDue().claimed()).isZero();
    assertThat(texted).hasSize(3);
    assertThat(queue.countByState()).isEqualTo(Map.of(NoticeState.SENT, 6L));
  }
}
