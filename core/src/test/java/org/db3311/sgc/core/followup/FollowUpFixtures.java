package org.db3311.sgc.core.followup;

import org.db3311.sgc.core.calendar.HolidayTableCalendar;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.InMemoryNotifier;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.intake.CloseMatterUseCase;
import org.db3311.sgc.core.intake.Handling;
import org.db3311.sgc.core.intake.IntakeFixtures;
import org.db3311.sgc.core.intake.MatterEvent;
import org.db3311.sgc.core.intake.MatterResult;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.intake.StartHandlingUseCase;
import org.db3311.sgc.core.supervision.DeadlinePolicy;
import org.db3311.sgc.core.supervision.EscalationPolicy;
import org.db3311.sgc.core.supervision.InMemorySupervisionFileRepository;
import org.db3311.sgc.core.supervision.OpenSupervisionUseCase;
import org.db3311.sgc.core.supervision.SupervisionService;
import org.db3311.sgc.core.supervision.TrackProgressUseCase;
import org.db3311.sgc.core.supervision.TrackProgressUseCase.Progress;

/** Intake, supervision and follow-up wired over in-memory adapters, follow-up subscribed. */
final class FollowUpFixtures {

  static final Actor VISITOR = Actor.of("fu-1", "回访员");
  static final UnitId UNIT = UnitId.of("hecheng-mediation-committee");

  final IntakeFixtures in = new IntakeFixtures();
  final InMemoryNotifier notifier = new InMemoryNotifier(in.clock);
  final SupervisionService supervision =
      new SupervisionService(
          new InMemorySupervisionFileRepository(),
          new HolidayTableCalendar(),
          DeadlinePolicy.defaults(),
          EscalationPolicy.defaults(),
          notifier,
          in.events,
          in.audit,
          in.clock);
  final FollowUpService followUp =
      new FollowUpService(
          new InMemoryFollowUpRepository(),
          in.intake,
          supervision,
          notifier,
          in.events,
          in.audit,
          in.clock);

  FollowUpFixtures() {
    this(true);
  }

  /** With {@code subscribed} false the follow-up hears no matter event unless a test passes it. */
  FollowUpFixtures(boolean subscribed) {
    if (subscribed) {
      in.events.subscribe(MatterEvent.class, followUp::onMatterEvent);
    }
  }

  /** A dispute accepted, handled under supervision and closed. */
  RegistrationNumber closed() {
    RegistrationNumber n = in.registerComplete("dispute.neighbour");
    in.review(n);
    in.intake.startHandling(
        new StartHandlingUseCase.Command(
            n, new Handling(Handling.Track.DISPUTE_RESOLUTION, n + "/M1"), VISITOR));
    supervision.open(
        new OpenSupervisionUseCase.Command(
            n.toString(), "邻里纠纷", "dispute.neighbour", UNIT, VISITOR));
    for (Progress p :
        new Progress[] {
          new Progress.SignFor(), new Progress.ReportHandled("已调解"), new Progress.Complete()
        }) {
      supervision.record(new TrackProgressUseCase.Command(n.toString(), p, VISITOR));
    }
    in.intake.close(
        new CloseMatterUseCase.Command(
            n, new MatterResult(MatterResult.Outcome.RESOLVED, "双方达成协议"), VISITOR));
    return n;
  }

  void answer(FollowUpId id, String who, SurveyMethod m, Satisfaction s) {
    followUp.record(new RecordSurveyUseCase.Command(id, who, m, s, "", VISITOR));
  }
}
