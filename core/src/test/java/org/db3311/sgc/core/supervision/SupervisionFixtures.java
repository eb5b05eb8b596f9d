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

  final MutableClock clock = MutableClock.at("2026-03-02T09:00:00");
  final InMemorySupervisionFileRepository files = new InMemorySupervisionFileRepository();
  final InMemoryNotifier notifier = new InMemoryNotifier(clock);
  final InMemoryDomainEventPublisher events = new InMemoryDomainEventPublisher();
  final InMemoryAuditTrail audit = new InMemoryAuditTrail();
  final SupervisionService service =
      new SupervisionService(
          files,
          new HolidayTableCalendar(),
          DeadlinePolicy.defaults(),
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

  SupervisionFile file(String subject) {
    return service.file(subject);
  }
}
