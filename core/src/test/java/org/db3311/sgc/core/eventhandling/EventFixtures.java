package org.db3311.sgc.core.eventhandling;

import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.calendar.HolidayTableCalendar;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.InMemoryNotifier;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.intake.IntakeFixtures;
import org.db3311.sgc.core.intake.MatterParty;
import org.db3311.sgc.core.intake.MatterResult;
import org.db3311.sgc.core.intake.Place;
import org.db3311.sgc.core.intake.Registration;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.supervision.DeadlinePolicy;
import org.db3311.sgc.core.supervision.EscalationPolicy;
import org.db3311.sgc.core.supervision.InMemorySupervisionFileRepository;
import org.db3311.sgc.core.supervision.SupervisionService;

/** Intake, supervision and event handling over in-memory adapters. */
final class EventFixtures {

  static final Actor DISPATCHER = Actor.of("cmd-2", "指挥中心调度员");
  static final UnitId WENXI = UnitId.of("wenxi-town");
  static final UnitId TRANSPORT = UnitId.of("county-transport");
  static final UnitId CITY = UnitId.of("lishui-city-center");
  static final UnitId CENTER = UnitId.of("qingtian-center-dispatch");
  static final DutyLeader DUTY = new DutyLeader("leader-1", "县领导甲");

  final IntakeFixtures in = new IntakeFixtures();
  final SupervisionService supervision =
      new SupervisionService(
          new InMemorySupervisionFileRepository(),
          new HolidayTableCalendar(),
          DeadlinePolicy.defaults(),
          EscalationPolicy.defaults(),
          new InMemoryNotifier(in.clock),
          in.events,
          in.audit,
          in.clock);
  static final DutyLeader FALLBACK = new DutyLeader("leader-9", "县领导备班");
  static final Actor DUTY_OFFICE = Actor.of("duty-office", "值班室");
  final DutyRosterService roster =
      new DutyRosterService(
          new InMemoryDutyRosterRepository(),
          DutyRosterFixtures.STANDING_FALLBACK,
          in.events,
          in.audit,
          in.clock);
  final InMemoryCityCenterGateway city = new InMemoryCityCenterGateway();
  final InMemoryCountyCenterGateway counties = new InMemoryCountyCenterGateway();
  final InMemoryResultReporter results = new InMemoryResultReporter();
  final InMemoryGovernanceEventRepository repository = new InMemoryGovernanceEventRepository();
  final EventHandlingService handling = handlingWith(results);

  /** A service over the same repositories that reports results through {@code reporter}. */
  EventHandlingService handlingWith(ResultReporter reporter) {
    return handlingWith(repository, reporter);
  }

  /** A service that keeps events in {@code events} and reports results through {@code reporter}. */
  EventHandlingService handlingWith(GovernanceEventRepository events, ResultReporter reporter) {
    return new EventHandlingService(
        events,
        in.intake,
        supervision,
        roster,
        city,
        counties,
        reporter,
        new EventHandlingConfiguration(IntakeFixtures.QINGTIAN, CITY, CENTER),
        in.events,
        in.audit,
        in.clock);
  }

  EventFixtures() {
    in.events.subscribe(org.db3311.sgc.core.intake.MatterEvent.class, handling::onMatterEvent);
    roster.plan(
        new PlanDutyRosterUseCase.Plan(
            YearMonth.of(2026, 11), List.of(DUTY), LocalTime.of(8, 0), FALLBACK, DUTY_OFFICE));
    roster.publish(new PublishDutyRosterUseCase.Command(YearMonth.of(2026, 11), DUTY_OFFICE));
  }

  /** Reopens the closed matter and its file, as a dissatisfied follow-up does. */
  void reopen(RegistrationNumber n) {
    in.intake.reopen(
        new org.db3311.sgc.core.intake.ReopenMatterUseCase.Command(n, "回访不满意", DISPATCHER));
    supervision.record(
        new org.db3311.sgc.core.supervision.TrackProgressUseCase.Command(
            n.toString(),
            new org.db3311.sgc.core.supervision.TrackProgressUseCase.Progress.Reopen("回访不满意"),
            DISPATCHER));
  }

  RegistrationNumber received(String county) {
    Registration r =
        Registration.atWindow(
            List.of(MatterParty.applicant(IntakeFixtures.LI)),
            "event.safety_hazard",
            Place.of(county, "温溪镇", "温溪镇某桥"),
            "桥梁护栏损坏",
            IntakeFixtures.ALL_MATERIALS);
    RegistrationNumber n = in.register(r).number();
    in.review(n);
    handling.receive(new ReceiveEventUseCase.Command(n, DISPATCHER));
    return n;
  }

  void step(RegistrationNumber n, HandleEventUseCase.Step s) {
    handling.handle(new HandleEventUseCase.Command(n, s, DISPATCHER));
  }

  TriageEventUseCase.Outcome triage(RegistrationNumber n, TriageFacts facts) {
    return handling.triage(new TriageEventUseCase.Command(n, facts, DISPATCHER));
  }

  static TriageFacts crossDepartment() {
    return new TriageFacts(
        List.of(WENXI, TRANSPORT), Optional.of(TRANSPORT), false, true, false, false);
  }

  static MatterResult fixed() {
    return new MatterResult(MatterResult.Outcome.RESOLVED, "护栏已修复");
  }

  static EventReview review() {
    return new EventReview("处置及时", List.of("加强桥梁巡查"), "中心主任");
  }
}
