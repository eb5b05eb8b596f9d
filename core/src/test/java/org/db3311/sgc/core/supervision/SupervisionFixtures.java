package org.db3311.sgc.core.supervision;

import org.db3311.sgc.core.calendar.HolidayTableCalendar;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.InMemoryAuditTrail;
import org.db3311.sgc.core.common.InMemoryDomainEventPublisher;
import org.db3311.sgc.core.common.InMemoryNotifier;
import org.db3311.sgc.core.common.MutableClock;
import org.db3311.sgc.core.common.UnitId;

/** A supervision service over in-memory adapters, starting Monday 2 March 2026, 09:00. */
final class SupervisionFixtures {

  static final UnitId HRSS = UnitId.of("county-hrss");
  static final UnitId HECHENG = UnitId.of("hecheng-street");
  static final UnitId WENXI = UnitId.of("wenxi-town");
  static final UnitId CENTER = UnitId.of("center-dispatch");
  static final Actor OFFICER = Actor.of("sup-1", "督办员");
  static final Actor HEAD = Actor.of("head-1", "中心主任");

  /** A category whose handling period is one working day, so a reminder is due at once. */
  static final String SHORT = "test.short";

  final MutableClock clock = MutableClock.at("2026-03-02T09:00:00");
  final InMemorySupervisionFileRepository files = new InMemorySupervisionFileRepository();
  final InMemoryNotifier notifier = new InMemoryNotifier(clock);
  final InMemoryDomainEventPublisher events = new InMemoryDomainEventPublisher();
  final InMemoryAuditTrail audit = new InMemoryAuditTrail();
  final SupervisionService service =
      new SupervisionService(
          files,
          new HolidayTableCalendar(),
          DeadlinePolicy.defaults()
              .withCategory(
                  SHORT,
                  java.util.Map.of(
                      Step.HANDLING,
                      org.db3311.sgc.core.calendar.DeadlineRule.of(
                          "short handling",
                          org.db3311.sgc.core.calendar.TimeLimit.workingDays(1),
                          DeadlinePolicy.ACCEPTED,
                          "test"))),
          EscalationPolicy.defaults(),
          notifier,
          events,
          audit,
          clock);

  void open(String subject, String category, UnitId unit) {
    service.open(
        new OpenSupervisionUseCase.Command(subject, "事项 " + subject, category, unit, OFFICER));
  }

  void progress(String subject, TrackProgressUseCase.Progress p) {
    service.record(new TrackProgressUseCase.Command(subject, p, OFFICER));
  }

  private long versions;

  /** A change learnt from a followed aggregate, as its next event. */
  void follow(String subject, FollowMatterUseCase.Change change) {
    service.follow(
        new FollowMatterUseCase.Command(
            subject,
            "Matter/" + subject,
            new org.db3311.sgc.core.common.Version(++versions),
            change,
            OFFICER,
            clock.instant()));
  }

  static FollowMatterUseCase.Change.Accepted accepted(String category, java.time.Instant received) {
    return new FollowMatterUseCase.Change.Accepted("事项", category, received, CENTER);
  }

  static FollowMatterUseCase.Change.SupplementRequested supplement(String category) {
    return new FollowMatterUseCase.Change.SupplementRequested("事项", category, CENTER);
  }

  static FollowMatterUseCase.Change.StageReached stage(SupervisionAction stage) {
    return new FollowMatterUseCase.Change.StageReached(stage, stage.name());
  }

  SupervisionFile file(String subject) {
    return service.file(subject);
  }
}
