package org.db3311.sgc.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.db3311.sgc.core.calendar.HolidayTableCalendar;
import org.db3311.sgc.core.casefacts.PersonKeyer;
import org.db3311.sgc.core.casefacts.ProjectionSettings;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.InMemoryAuditTrail;
import org.db3311.sgc.core.common.InMemoryNotifier;
import org.db3311.sgc.core.common.InMemoryOutbox;
import org.db3311.sgc.core.common.IntegrationEvent;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.emergency.DiscoverIncidentUseCase;
import org.db3311.sgc.core.emergency.Discovery;
import org.db3311.sgc.core.emergency.ImpactAssessment;
import org.db3311.sgc.core.emergency.InMemoryIncidentRepository;
import org.db3311.sgc.core.emergency.IncidentGrade;
import org.db3311.sgc.core.emergency.IncidentId;
import org.db3311.sgc.core.emergency.IncidentRepository;
import org.db3311.sgc.core.emergency.IncidentSnapshot;
import org.db3311.sgc.core.emergency.RespondToIncidentUseCase;
import org.db3311.sgc.core.epidemic.EpidemicCaseId;
import org.db3311.sgc.core.epidemic.EpidemicCaseRepository;
import org.db3311.sgc.core.epidemic.EpidemicCommandRepository;
import org.db3311.sgc.core.epidemic.EpidemicMode;
import org.db3311.sgc.core.epidemic.HandleEpidemicCaseUseCase;
import org.db3311.sgc.core.epidemic.InMemoryEpidemicCaseRepository;
import org.db3311.sgc.core.epidemic.InMemoryEpidemicCommandRepository;
import org.db3311.sgc.core.epidemic.SwitchEpidemicModeUseCase;
import org.db3311.sgc.core.evaluation.feedback.AnswerFeedbackUseCase;
import org.db3311.sgc.core.evaluation.feedback.FeedbackChannel;
import org.db3311.sgc.core.evaluation.feedback.FeedbackKind;
import org.db3311.sgc.core.evaluation.feedback.FeedbackRepository;
import org.db3311.sgc.core.evaluation.feedback.FeedbackTicket;
import org.db3311.sgc.core.evaluation.feedback.InMemoryFeedbackRepository;
import org.db3311.sgc.core.evaluation.feedback.SubmitFeedbackUseCase;
import org.db3311.sgc.core.evaluation.feedback.Verdict;
import org.db3311.sgc.core.evaluation.improvement.CorrectiveActionId;
import org.db3311.sgc.core.evaluation.improvement.CorrectiveActionRepository;
import org.db3311.sgc.core.evaluation.improvement.CorrectiveActionSnapshot;
import org.db3311.sgc.core.evaluation.improvement.InMemoryCorrectiveActionRepository;
import org.db3311.sgc.core.evaluation.improvement.InMemoryRecheckBoard;
import org.db3311.sgc.core.evaluation.improvement.RecheckCorrectiveActionUseCase;
import org.db3311.sgc.core.facts.InMemoryCaseFactSource;
import org.db3311.sgc.core.facts.MatterId;
import org.db3311.sgc.core.followup.FollowUpRepository;
import org.db3311.sgc.core.followup.InMemoryFollowUpRepository;
import org.db3311.sgc.core.guidance.Due;
import org.db3311.sgc.core.guidance.FollowGuidanceTaskUseCase;
import org.db3311.sgc.core.guidance.GrassrootsUnit;
import org.db3311.sgc.core.guidance.GuidanceTaskRepository;
import org.db3311.sgc.core.guidance.GuidanceTaskSnapshot;
import org.db3311.sgc.core.guidance.GuidanceTopic;
import org.db3311.sgc.core.guidance.InMemoryGuidanceTaskRepository;
import org.db3311.sgc.core.guidance.IssueGuidanceTaskUseCase;
import org.db3311.sgc.core.guidance.IssuerLevel;
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

  /** A center whose analysis stores count their saves and can be made to fail. */
  static final class AnalysisRig {
    final Saves saves = new Saves();
    final InMemoryFeedbackRepository feedback = new InMemoryFeedbackRepository();
    final InMemoryCorrectiveActionRepository actions = new InMemoryCorrectiveActionRepository();
    final InMemoryRecheckBoard board = new InMemoryRecheckBoard();
    final InMemoryEpidemicCaseRepository epidemicCases = new InMemoryEpidemicCaseRepository();
    final InMemoryEpidemicCommandRepository epidemicCommand =
        new InMemoryEpidemicCommandRepository();
    final InMemoryGuidanceTaskRepository tasks = new InMemoryGuidanceTaskRepository();
    final InMemoryIncidentRepository incidents = new InMemoryIncidentRepository();
    final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    final InMemoryOutbox outbox = new InMemoryOutbox();
    final GovernanceCenter center;

    AnalysisRig(Clock clock) {
      center =
          GovernanceCenter.builder(new DivisionCode("331121"), clock)
              .feedback(saves.wrap(FeedbackRepository.class, feedback))
              .correctiveActions(saves.wrap(CorrectiveActionRepository.class, actions))
              .recheckBoard(board)
              .epidemicCases(saves.wrap(EpidemicCaseRepository.class, epidemicCases))
              .epidemicCommand(saves.wrap(EpidemicCommandRepository.class, epidemicCommand))
              .guidanceTasks(saves.wrap(GuidanceTaskRepository.class, tasks))
              .incidents(saves.wrap(IncidentRepository.class, incidents))
              .auditTrail(audit)
              .outbox(outbox)
              .build();
    }

    AnalysisRig() {
      this(CLOCK);
    }

    FeedbackTicket upheldComplaintAssigned() {
      FeedbackTicket t =
          center
              .feedback()
              .submit(
                  new SubmitFeedbackUseCase.Command(
                      FeedbackKind.COMPLAINT,
                      FeedbackChannel.WEB,
                      "窗口人员态度生硬",
                      Optional.of(HRSS),
                      Optional.of(PHONE)));
      center.feedback().assign(new AnswerFeedbackUseCase.Assign(t, HRSS, CLERK));
      return t;
    }

    Optional<CorrectiveActionSnapshot> answer(FeedbackTicket t) {
      return center
          .feedback()
          .answer(
              new AnswerFeedbackUseCase.Answer(
                  t, "经核实属实，限期整改", Optional.of(Verdict.UPHELD), LocalDate.of(2027, 1, 29), CLERK));
    }

    /** Everything the analysis stores hold now. */
    String state() {
      return String.join(
          "\n",
          String.valueOf(
              feedback.all().stream().map(x -> x.snapshot() + "@" + x.version()).toList()),
          String.valueOf(
              actions.all().stream().map(x -> x.snapshot() + "@" + x.version()).toList()),
          String.valueOf(board.published()),
          String.valueOf(
              epidemicCases.all().stream().map(x -> x.snapshot() + "@" + x.version()).toList()),
          String.valueOf(epidemicCommand.find().map(x -> x.snapshot() + "@" + x.version())),
          String.valueOf(tasks.all().stream().map(x -> x.snapshot() + "@" + x.version()).toList()),
          String.valueOf(audit.all().size()),
          String.valueOf(outbox.all().size()));
    }
  }

  private static final UnitId HRSS = UnitId.of("county.hrss");

  /**
   * Runs {@code useCase} on fresh rigs made by {@code setUp}, failing at each of its saves in turn:
   * each failure propagates and leaves every store as it was. Returns how many saves it makes.
   */
  private static int failEverySave(
      java.util.function.Supplier<AnalysisRig> setUp,
      java.util.function.Consumer<AnalysisRig> useCase) {
    AnalysisRig counting = setUp.get();
    int before = counting.saves.count.get();
    useCase.accept(counting);
    int saves = counting.saves.count.get() - before;
    for (int n = 1; n <= saves; n++) {
      AnalysisRig rig = setUp.get();
      String untouched = rig.state();
      rig.saves.failAt = rig.saves.count.get() + n;
      int failAt = rig.saves.failAt;
      assertThatThrownBy(() -> useCase.accept(rig))
          .as("save %d of %d", n, saves)
          .hasMessage("save " + failAt + " fails");
      assertThat(rig.state()).as("after a failure at save %d of %d", n, saves).isEqualTo(untouched);
    }
    return saves;
  }

  @Test
  @Implements({"9.1", "9.3.3"})
  @DisplayName(
      "answering an upheld complaint raises its corrective action in the same unit: a failure at"
          + " any save leaves neither")
  void an_upheld_complaint_and_its_corrective_action_commit_together() {
    int saves =
        failEverySave(
            () -> {
              AnalysisRig rig = new AnalysisRig();
              rig.upheldComplaintAssigned();
              return rig;
            },
            rig -> rig.answer(rig.feedback.tickets().getFirst()));
    assertThat(saves).as("the action and the ticket").isEqualTo(2);

    AnalysisRig rig = new AnalysisRig();
    FeedbackTicket t = rig.upheldComplaintAssigned();
    CorrectiveActionSnapshot a = rig.answer(t).orElseThrow();
    assertThat(rig.center.correctiveActions().action(a.id()).owner()).isEqualTo(HRSS);
    assertThat(rig.center.feedback().status(t).state().name()).isEqualTo("ANSWERED");
  }

  @Test
  @Implements("9.3.3")
  @DisplayName(
      "a re-check is recorded, disclosed and fed back to its ticket in one unit; a failure of the"
          + " action's save discloses nothing")
  void a_recheck_is_recorded_disclosed_and_fed_back_together() {
    java.util.function.Supplier<AnalysisRig> reported =
        () -> {
          AnalysisRig rig = new AnalysisRig();
          CorrectiveActionId id = rig.answer(rig.upheldComplaintAssigned()).orElseThrow().id();
          rig.center
              .correctiveActions()
              .reportCorrection(
                  new RecheckCorrectiveActionUseCase.ReportCorrection(id, "开展服务规范培训", CLERK));
          return rig;
        };
    AnalysisRig counting = reported.get();
    CorrectiveActionId id = counting.actions.ids().getFirst();
    counting
        .center
        .correctiveActions()
        .recheck(new RecheckCorrectiveActionUseCase.Recheck(id, true, "暗访两次，服务规范", CLERK));
    assertThat(counting.board.published()).hasSize(1);
    assertThat(counting.center.feedback().status(counting.feedback.tickets().getFirst()).messages())
        .as("the re-check result is sent back to the ticket")
        .hasSize(2);

    AnalysisRig rig = reported.get();
    String untouched = rig.state();
    rig.saves.failAt = rig.saves.count.get() + 1;
    assertThatThrownBy(
            () ->
                rig.center
                    .correctiveActions()
                    .recheck(
                        new RecheckCorrectiveActionUseCase.Recheck(
                            rig.actions.ids().getFirst(), true, "暗访", CLERK)))
        .hasMessageContaining("fails");
    assertThat(rig.state()).isEqualTo(untouched);
  }

  @Test
  @Implements("6.7")
  @DisplayName(
      "the epidemic mode is stored: a failed switch keeps the old mode, a new center on the same"
          + " stores works in the switched one across the year boundary")
  void the_epidemic_mode_is_persisted_and_switched_atomically() {
    AnalysisRig rig = new AnalysisRig();
    EpidemicCaseId c =
        rig.center
            .epidemic()
            .intake(
                new HandleEpidemicCaseUseCase.Intake(
                    MatterId.of("M-EP-1"), "epidemic.quarantine", "隔离人员生活物资", CLERK))
            .id();
    rig.center.epidemic().advance(new HandleEpidemicCaseUseCase.Analyse(c, "需协调物资", CLERK));
    String untouched = rig.state();

    rig.saves.failAt = rig.saves.count.get() + 1;
    SwitchEpidemicModeUseCase.Command toWartime =
        new SwitchEpidemicModeUseCase.Command(EpidemicMode.WARTIME, CLERK, "本地出现聚集性疫情");
    assertThatThrownBy(() -> rig.center.epidemic().switchMode(toWartime))
        .hasMessageContaining("fails");
    assertThat(rig.state()).isEqualTo(untouched);
    assertThat(rig.center.epidemic().mode()).isEqualTo(EpidemicMode.PEACETIME);

    rig.saves.failAt = Integer.MAX_VALUE;
    rig.center.epidemic().switchMode(toWartime);

    Clock newYear = Clock.fixed(Instant.parse("2027-01-02T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    GovernanceCenter restarted =
        GovernanceCenter.builder(new DivisionCode("331121"), newYear)
            .epidemicCases(rig.epidemicCases)
            .epidemicCommand(rig.epidemicCommand)
            .build();
    assertThat(restarted.epidemic().mode()).isEqualTo(EpidemicMode.WARTIME);
    assertThat(restarted.epidemic().switches()).hasSize(1);
    assertThat(restarted.epidemic().epidemicCase(c))
        .isEqualTo(rig.epidemicCases.find(c).orElseThrow().snapshot());
  }

  @Test
  @Implements("6.4")
  @DisplayName(
      "a guidance task is issued, accepted and reported through the center, each step a unit")
  void guidance_runs_through_the_center() {
    AnalysisRig rig = new AnalysisRig();
    GrassrootsUnit town = new GrassrootsUnit("331121101", "鹤城街道", GrassrootsUnit.Level.TOWNSHIP);
    GuidanceTaskSnapshot t =
        rig.center
            .guidance()
            .issue(
                new IssueGuidanceTaskUseCase.Command(
                    IssuerLevel.CITY,
                    "丽市治〔2026〕12号",
                    GuidanceTopic.GRID_WORK,
                    "全科网格事项清单更新",
                    "更新网格员事项清单并录入平台",
                    new Due.On(LocalDate.of(2027, 1, 8)),
                    List.of(town),
                    CLERK));
    rig.center.guidance().accept(new FollowGuidanceTaskUseCase.Accept(t.id(), town.code(), CLERK));
    String untouched = rig.state();
    rig.saves.failAt = rig.saves.count.get() + 1;
    assertThatThrownBy(
            () ->
                rig.center
                    .guidance()
                    .report(
                        new FollowGuidanceTaskUseCase.Report(t.id(), town.code(), "已更新", CLERK)))
        .hasMessageContaining("fails");
    assertThat(rig.state()).isEqualTo(untouched);
    rig.saves.failAt = Integer.MAX_VALUE;
    assertThat(
            rig.center
                .guidance()
                .report(new FollowGuidanceTaskUseCase.Report(t.id(), town.code(), "已更新", CLERK))
                .assignments())
        .isNotEmpty();
  }

  @Test
  @Implements("6.6")
  @DisplayName(
      "an incident is discovered and graded through the center; a failed grading changes nothing")
  void emergency_runs_through_the_center() {
    AnalysisRig rig = new AnalysisRig();
    IncidentSnapshot i =
        rig.center
            .emergency()
            .discover(
                new DiscoverIncidentUseCase.Command(
                    Discovery.Channel.values()[0], "110-20261228-0007", "工地脚手架坍塌", CLERK));
    IncidentId id = i.id();
    RespondToIncidentUseCase.Grade grade =
        new RespondToIncidentUseCase.Grade(
            id, new ImpactAssessment(0, 3, 20, false), IncidentGrade.values()[0], "3 人受伤", CLERK);
    rig.saves.failAt = rig.saves.count.get() + 1;
    assertThatThrownBy(() -> rig.center.emergency().grade(grade)).hasMessageContaining("fails");
    assertThat(rig.center.emergency().incident(id)).isEqualTo(i);
    rig.saves.failAt = Integer.MAX_VALUE;
    rig.center.emergency().grade(grade);
    assertThat(rig.center.emergency().incident(id)).isNotEqualTo(i);
  }

  @Test
  @DisplayName("every analysis subdomain answers through the center on in-memory defaults")
  void every_analysis_subdomain_is_wired() {
    GovernanceCenter c = GovernanceCenter.builder(new DivisionCode("331121"), CLOCK).build();
    assertThat(c.warnings().scanNow().items()).isEmpty();
    assertThat(c.warnings().openWarnings().complete()).isTrue();
    assertThat(c.emergency().progressOverdueIncidents().items()).isEmpty();
    assertThat(c.epidemic().mode()).isEqualTo(EpidemicMode.PEACETIME);
    assertThat(c.guidance().sweep().sent()).isEmpty();
    assertThat(c.feedback().overdueItems().items()).isEmpty();
    assertThat(c.correctiveActions().overdueActions().items()).isEmpty();
    assertThat(c.correctiveActions().overdueRechecks().items()).isEmpty();
    assertThat(c.riskReports().collect(LocalDate.of(2026, 12, 27)).registered()).isEmpty();
    assertThat(c.archives().verifyAll()).isNotNull();
    assertThat(c.evaluation().realTime()).isNotNull();
    assertThat(c.toString()).isNotBlank();
  }

  @Test
  @Implements("6.5.3")
  @DisplayName(
      "with the projection wired, a matter registered through the center is a fact analysis reads,"
          + " written in the registration's unit")
  void the_projection_feeds_analysis_in_the_same_unit() {
    InMemoryCaseFactSource facts = new InMemoryCaseFactSource();
    Rig casework = new Rig();
    GovernanceCenter center =
        GovernanceCenter.builder(new DivisionCode("331121"), CLOCK)
            .caseFacts(facts)
            .caseFactProjection(
                ProjectionSettings.of(
                    new HolidayTableCalendar(),
                    CLOCK.getZone(),
                    new PersonKeyer("county-331121-test-secret".getBytes(StandardCharsets.UTF_8))))
            .build();
    Party worker = Party.Citizen.of("张三", ID_NUMBER, PHONE);
    Registration registration =
        Registration.atWindow(
            List.of(MatterParty.applicant(worker)),
            "dispute.labour",
            Place.of("331121", "鹤城街道", "鹤城街道某工地"),
            "拖欠工资三个月",
            List.of(new Material.Submitted(MaterialKind.APPLICATION, "申请书")));
    RegistrationNumber n =
        center.intake().register(new RegisterMatterUseCase.Command(registration, CLERK)).number();
    assertThat(facts.all()).hasSize(1);
    assertThat(facts.all().findFirst().orElseThrow().toString()).doesNotContain(ID_NUMBER, PHONE);
    assertThat(center.riskReports().collect(LocalDate.of(2026, 12, 28)).registered())
        .extracting(x -> x.matter().value())
        .containsExactly(n.toString());
    assertThat(casework.center).isNotSameAs(center);
  }
}
