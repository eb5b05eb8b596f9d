package org.db3311.sgc.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.InMemoryAuditTrail;
import org.db3311.sgc.core.common.InMemoryNotifier;
import org.db3311.sgc.core.common.InMemoryOutbox;
import org.db3311.sgc.core.common.IntegrationEvent;
import org.db3311.sgc.core.followup.FollowUpRepository;
import org.db3311.sgc.core.followup.InMemoryFollowUpRepository;
import org.db3311.sgc.core.intake.DecideIntakeUseCase;
import org.db3311.sgc.core.intake.InMemoryMatterRepository;
import org.db3311.sgc.core.intake.Material;
import org.db3311.sgc.core.intake.MaterialKind;
import org.db3311.sgc.core.intake.MatterParty;
import org.db3311.sgc.core.intake.MatterRepository;
import org.db3311.sgc.core.intake.MatterSnapshot;
import org.db3311.sgc.core.intake.MatterState;
import org.db3311.sgc.core.intake.Party;
import org.db3311.sgc.core.intake.Place;
import org.db3311.sgc.core.intake.RegisterMatterUseCase;
import org.db3311.sgc.core.intake.Registration;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.mediation.AssessSuitabilityUseCase;
import org.db3311.sgc.core.mediation.CloseMediationUseCase;
import org.db3311.sgc.core.mediation.ConcludeMediationUseCase;
import org.db3311.sgc.core.mediation.InMemoryMediationCaseRepository;
import org.db3311.sgc.core.mediation.MediationAgreement;
import org.db3311.sgc.core.mediation.MediationCaseId;
import org.db3311.sgc.core.mediation.MediationCaseRepository;
import org.db3311.sgc.core.mediation.MediationRecord;
import org.db3311.sgc.core.mediation.OpenMediationUseCase;
import org.db3311.sgc.core.mediation.RecordConsentUseCase;
import org.db3311.sgc.core.mediation.RecordSessionUseCase;
import org.db3311.sgc.core.mediation.RouteMediationUseCase;
import org.db3311.sgc.core.mediation.ScheduleSessionUseCase;
import org.db3311.sgc.core.supervision.InMemorySupervisionFileRepository;
import org.db3311.sgc.core.supervision.SupervisionFileRepository;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The composition root: one unit of work per use case, the outbox, the reactions wired. */
class GovernanceCenterTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-28T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
  private static final Actor CLERK = new Actor("clerk-1", "窗口人员");
  private static final String ID_NUMBER = "11010519491231002X";
  private static final String PHONE = "13905781234";

  /** Every save of the wrapped repositories counts; the {@code failAt}-th one throws. */
  static final class Saves {
    final AtomicInteger count = new AtomicInteger();
    volatile int failAt = Integer.MAX_VALUE;

    @SuppressWarnings("unchecked")
    <R> R wrap(Class<R> type, R target) {
      return (R)
          Proxy.newProxyInstance(
              type.getClassLoader(),
              new Class<?>[] {type},
              (self, method, args) -> {
                if (method.getName().equals("save") && count.incrementAndGet() == failAt) {
                  throw new IllegalStateException("save " + failAt + " fails");
                }
                try {
                  return method.invoke(target, args);
                } catch (InvocationTargetException e) {
                  throw e.getCause();
                }
              });
    }
  }

  /** A center over in-memory stores whose saves are counted and can be made to fail. */
  static final class Rig {
    final Saves saves = new Saves();
    final InMemoryMatterRepository matters = new InMemoryMatterRepository();
    final InMemoryMediationCaseRepository mediations = new InMemoryMediationCaseRepository();
    final InMemorySupervisionFileRepository files = new InMemorySupervisionFileRepository();
    final InMemoryFollowUpRepository followUps = new InMemoryFollowUpRepository();
    final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    final InMemoryOutbox outbox = new InMemoryOutbox();
    final InMemoryNotifier notifier = new InMemoryNotifier(CLOCK);
    final List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
    final GovernanceCenter center =
        GovernanceCenter.builder(new DivisionCode("331121"), CLOCK)
            .matters(saves.wrap(MatterRepository.class, matters))
            .mediationCases(saves.wrap(MediationCaseRepository.class, mediations))
            .supervisionFiles(saves.wrap(SupervisionFileRepository.class, files))
            .followUps(saves.wrap(FollowUpRepository.class, followUps))
            .auditTrail(audit)
            .outbox(outbox)
            .notifier(notifier)
            .followerFailures((event, error) -> failures.add(event + ": " + error.getMessage()))
            .build();

    RegistrationNumber number;
    MediationCaseId mediation;

    /** Registers, accepts and mediates a labour dispute up to the agreement; not yet closed. */
    Rig mediatedToAgreement() {
      Party worker = Party.Citizen.of("张三", ID_NUMBER, PHONE);
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
      number =
          center.intake().register(new RegisterMatterUseCase.Command(registration, CLERK)).number();
      center
          .intake()
          .decide(
              new DecideIntakeUseCase.Command(
                  number, DecideIntakeUseCase.Verdict.Review.clean(), CLERK));
      var m = center.mediation();
      mediation = m.open(new OpenMediationUseCase.Command(number, CLERK));
      m.assess(new AssessSuitabilityUseCase.Command(mediation, true, "事实清楚", CLERK));
      m.recordConsent(new RecordConsentUseCase.Command(mediation, 0, true, true, CLERK));
      m.recordConsent(new RecordConsentUseCase.Command(mediation, 1, true, true, CLERK));
      m.route(new RouteMediationUseCase.Command(mediation, CLERK));
      m.schedule(
          new ScheduleSessionUseCase.Command(
              mediation,
              ScheduleSessionUseCase.Mode.ONLINE,
              CLOCK.instant(),
              Optional.empty(),
              CLERK));
      m.recordSession(
          new RecordSessionUseCase.Command(
              mediation,
              new MediationRecord(
                  CLOCK.instant(),
                  "视频调解",
                  "调解员陈",
                  "记录员周",
                  List.of("张三", "丽水某建筑有限公司"),
                  true,
                  Map.of("张三", "欠薪三个月", "丽水某建筑有限公司", "同意分期支付"),
                  "欠薪 18000 元属实",
                  "告知诉讼成本",
                  List.of("张三", "丽水某建筑有限公司", "调解员陈", "记录员周")),
              CLERK));
      LocalDate today = LocalDate.of(2026, 12, 28);
      m.conclude(
          new ConcludeMediationUseCase.Command(
              mediation,
              new ConcludeMediationUseCase.Outcome.Agreement(
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
                      today)),
              CLERK));
      return this;
    }

    void close() {
      center.mediation().close(new CloseMediationUseCase.Command(mediation, CLERK));
    }

    /** Everything the stores hold now, to compare before and after a failed use case. */
    String state() {
      return String.join(
          "\n",
          String.valueOf(matters.find(number).map(x -> x.snapshot() + "@" + x.version())),
          String.valueOf(mediations.find(mediation).map(x -> x.snapshot() + "@" + x.version())),
          String.valueOf(files.find(number.toString()).map(x -> x.snapshot() + "@" + x.version())),
          String.valueOf(
              followUps.ofMatter(number).stream()
                  .map(x -> x.snapshot() + "@" + x.version())
                  .toList()),
          String.valueOf(audit.all().size()),
          String.valueOf(outbox.all().size()));
    }
  }

  @Test
  @Implements({"6.2.1.3", "6.2.1.4.1"})
  @DisplayName("closing a mediated dispute closes its matter and supervision in one unit")
  void a_closed_dispute_is_closed_everywhere() {
    Rig rig = new Rig().mediatedToAgreement();
    rig.close();

    MatterSnapshot m = rig.center.intake().matter(rig.number);
    assertThat(m.state()).isEqualTo(MatterState.CLOSED);
    assertThat(rig.center.supervision().file(rig.number.toString()).state().name())
        .isEqualTo("COMPLETED");
    assertThat(rig.notifier.sentAbout(rig.number.toString())).isNotEmpty();
  }

  @Test
  @DisplayName("a failure at any save of closing a dispute leaves no partial change")
  void a_failure_at_any_save_leaves_nothing_half_written() {
    Rig counting = new Rig().mediatedToAgreement();
    int before = counting.saves.count.get();
    counting.close();
    int savesOfClose = counting.saves.count.get() - before;
    assertThat(savesOfClose).as("closing touches several aggregates").isGreaterThan(2);

    int failedInTheUnit = 0;
    int failedAfterCommit = 0;
    for (int n = 1; n <= savesOfClose; n++) {
      Rig rig = new Rig().mediatedToAgreement();
      String untouched = rig.state();
      rig.saves.failAt = rig.saves.count.get() + n;
      boolean thrown;
      try {
        rig.close();
        thrown = false;
      } catch (IllegalStateException e) {
        assertThat(e).hasMessage("save " + rig.saves.failAt + " fails");
        thrown = true;
      }
      if (thrown) {
        failedInTheUnit++;
        assertThat(rig.state()).as("after a failure at save %d", n).isEqualTo(untouched);
      } else {
        // The save belonged to a follower that runs after the commit, in a unit of its own: the
        // close stands, the follower's unit left nothing, and the failure was reported.
        failedAfterCommit++;
        assertThat(rig.failures).as("save %d", n).hasSize(1);
        assertThat(rig.center.intake().matter(rig.number).state()).isEqualTo(MatterState.CLOSED);
        assertThat(rig.followUps.ofMatter(rig.number)).isEmpty();
      }
    }
    assertThat(failedInTheUnit).as("saves inside the close's own unit").isGreaterThan(2);
    assertThat(failedAfterCommit).as("saves of the follow-up after the commit").isPositive();
  }

  @Test
  @DisplayName("every change goes to the outbox, numbered per aggregate, with nothing personal")
  void the_outbox_holds_every_change_and_no_personal_data() {
    Rig rig = new Rig().mediatedToAgreement();
    rig.close();

    List<IntegrationEvent> events = rig.outbox.all();
    assertThat(events).extracting(IntegrationEvent::aggregateType).contains("Matter");
    List<Long> matterSequence =
        events.stream()
            .filter(e -> e.aggregateType().equals("Matter"))
            .filter(e -> e.aggregateId().equals(rig.number.toString()))
            .map(IntegrationEvent::sequence)
            .toList();
    assertThat(matterSequence)
        .as("numbered from 1 without gaps in the order they happened")
        .isEqualTo(
            java.util.stream.LongStream.rangeClosed(1, matterSequence.size()).boxed().toList())
        .hasSizeGreaterThanOrEqualTo(4);
    assertThat(events)
        .allSatisfy(
            e ->
                assertThat(e.toString())
                    .doesNotContain(ID_NUMBER)
                    .doesNotContain(PHONE)
                    .doesNotContain("张三"));
    assertThat(rig.audit.all()).hasSameSizeAs(events);
  }
}
