package org.db3311.sgc.core.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.db3311.sgc.core.intake.IntakeFixtures.ALL_MATERIALS;
import static org.db3311.sgc.core.intake.IntakeFixtures.CLERK;
import static org.db3311.sgc.core.intake.IntakeFixtures.FIRM;
import static org.db3311.sgc.core.intake.IntakeFixtures.ZHANG;
import static org.db3311.sgc.core.intake.IntakeFixtures.windowRegistration;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.InMemoryUnitOfWork;
import org.db3311.sgc.core.common.Notification;
import org.db3311.sgc.core.common.Notifier;
import org.db3311.sgc.core.common.UnitOfWork;
import org.db3311.sgc.core.notice.InMemoryNoticeQueue;
import org.db3311.sgc.core.notice.NoticeDispatcher;
import org.db3311.sgc.core.notice.NoticeId;
import org.db3311.sgc.core.notice.NoticeSender;
import org.db3311.sgc.core.notice.NoticeState;
import org.db3311.sgc.core.notice.QueueingNotifier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 6.1.1.1 申请材料不齐全或者不符合法定条件的，应一次告知申请人需要补正的全部内容: the supplement notice a decision issues is sent to
 * the applicant, listing every item.
 */
@Implements({"6.1.1.1", "R7"})
class SupplementNoticeSendingTest {

  private final IntakeFixtures f = new IntakeFixtures();

  private RegistrationNumber incomplete(Party applicant) {
    return f.register(
            windowRegistration(
                applicant,
                "dispute.labour",
                List.of(new Material.Submitted(MaterialKind.APPLICATION, "申请书（未签名）"))))
        .number();
  }

  @Test
  @DisplayName("the applicant is texted every item to supplement, with the registration number")
  void the_applicant_is_told_every_item() {
    RegistrationNumber n = incomplete(ZHANG);
    f.review(n, new MaterialDefect(1, "申请书未签名"));

    assertThat(f.notifier.sentAbout(n.toString()))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.recipient().name()).isEqualTo("张三");
              assertThat(x.channel()).isEqualTo(Notification.Channel.SMS);
              assertThat(x.template().orElseThrow().key()).isEqualTo("supplement");
              assertThat(x.template().get().values().get("materials"))
                  .isEqualTo("本人身份证、相关登记表等其他材料、申请或投诉等反映材料（申请书未签名）");
              assertThat(x.body()).contains(n.toString(), "本人身份证", "申请书未签名");
            });
  }

  @Test
  @DisplayName("only applicants are told; one without a mobile number gets a letter")
  void only_applicants_and_by_letter_without_a_mobile() {
    Party noPhone = Party.Citizen.of("王五", "11010519491231002X", null);
    RegistrationNumber n = incomplete(noPhone);
    f.review(n);

    assertThat(f.notifier.sentAbout(n.toString()))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.recipient().name()).isEqualTo("王五");
              assertThat(x.channel()).isEqualTo(Notification.Channel.LETTER);
            });
    assertThat(f.notifier.sent()).noneMatch(x -> x.recipient().name().equals(FIRM.name()));
  }

  @Test
  @DisplayName("acceptance, refusal and a review R7 forbids send no supplement notice")
  void no_notice_without_one_issued() {
    RegistrationNumber complete =
        f.register(windowRegistration(ZHANG, "dispute.labour", ALL_MATERIALS)).number();
    f.review(complete);
    assertThat(f.notifier.sentAbout(complete.toString())).isEmpty();

    RegistrationNumber n =
        f.register(windowRegistration(ZHANG, "dispute.labour", ALL_MATERIALS.subList(0, 2)))
            .number();
    f.review(n);
    f.intake.submit(new SubmitMaterialsUseCase.Command(n, ALL_MATERIALS.subList(2, 3), CLERK));
    assertThat(f.review(n, new MaterialDefect(1, "身份证复印件模糊")))
        .isInstanceOf(IntakeDecision.ReviewRejected.class);
    assertThat(f.notifier.sentAbout(n.toString())).as("only the first notice").hasSize(1);

    assertThat(f.review(n, new MaterialDefect(3, "登记表未填写联系方式")))
        .isInstanceOf(IntakeDecision.SupplementRequested.class);
    assertThat(f.notifier.sentAbout(n.toString()))
        .as("a second notice is a message of its own")
        .hasSize(2)
        .last()
        .satisfies(
            x ->
                assertThat(x.template().orElseThrow().values())
                    .containsEntry("notice", "2")
                    .containsEntry("materials", "相关登记表等其他材料（登记表未填写联系方式）"));
  }

  @Test
  @DisplayName(
      "through the notice queue: committed with the decision, sent once; a failed decision queues"
          + " nothing")
  void through_the_queue_once() {
    Clock clock = Clock.fixed(Instant.parse("2026-12-31T15:59:00Z"), ZoneId.of("Asia/Shanghai"));
    UnitOfWork uow = new InMemoryUnitOfWork();
    InMemoryNoticeQueue queue = new InMemoryNoticeQueue();
    InMemoryMatterRepository matters = new InMemoryMatterRepository();
    IntakeService intake =
        new IntakeService(
            matters,
            f.sequences,
            new IntakeConfiguration(IntakeFixtures.QINGTIAN),
            new QueueingNotifier(queue, uow, clock),
            f.events,
            f.audit,
            clock);
    RegistrationNumber n =
        intake
            .register(
                new RegisterMatterUseCase.Command(
                    windowRegistration(ZHANG, "dispute.labour", ALL_MATERIALS.subList(0, 1)),
                    CLERK))
            .number();
    DecideIntakeUseCase.Command review =
        new DecideIntakeUseCase.Command(n, DecideIntakeUseCase.Verdict.Review.clean(), CLERK);

    // the decision's unit fails after the notice was handed over: nothing is queued
    assertThatThrownBy(
            () ->
                uow.run(
                    () -> {
                      intake.decide(review);
                      throw new IllegalStateException("the commit failed");
                    }))
        .hasMessage("the commit failed");
    assertThat(queue.countByState()).isEmpty();

    uow.run(() -> intake.decide(review));
    assertThat(queue.countByState()).isEqualTo(Map.of(NoticeState.QUEUED, 1L));

    List<NoticeId> texted = new ArrayList<>();
    NoticeSender sms =
        new NoticeSender() {
          @Override
          public boolean handles(Notification.Channel channel) {
            return channel == Notification.Channel.SMS;
          }

          @Override
          public Notifier.Receipt deliver(NoticeId id, Notification notification) {
            texted.add(id);
            return new Notifier.Receipt("gw-" + id, clock.instant());
          }
        };
    NoticeDispatcher dispatcher =
        new NoticeDispatcher(
            queue, List.of(sms), clock, NoticeDispatcher.Policy.standard(), "t", new Random(7));
    dispatcher.dispatchDue();
    dispatcher.dispatchDue();

    assertThat(texted).hasSize(1);
    assertThat(queue.countByState()).isEqualTo(Map.of(NoticeState.SENT, 1L));
  }
}
