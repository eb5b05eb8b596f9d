package org.db3311.sgc.core.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.db3311.sgc.core.mediation.MediationFixtures.MEDIATOR;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.IllegalTransitionException;
import org.db3311.sgc.core.common.TransitionTable.Transition;
import org.junit.jupiter.api.Test;

/**
 * Walks every path of the mediation state machine: agreed, failed, referred, declined, unsuitable.
 */
@Implements({"6.2", "6.2.1.1.1", "6.2.1.1.2"})
class MediationWorkflowTest {

  private final MediationFixtures f = new MediationFixtures();

  private void schedule(MediationCaseId id, ScheduleSessionUseCase.Mode mode) {
    f.mediation.schedule(
        new ScheduleSessionUseCase.Command(
            id, mode, f.in.clock.instant().plus(Duration.ofDays(1)), Optional.empty(), MEDIATOR));
  }

  /** Records an onward routing as core.onward's service does, through repository and recorder. */
  private void routeOnward(MediationCaseId id) {
    MediationCase mc = f.cases.find(id).orElseThrow();
    mc.routeOnward(
        new OnwardRouting(id.matter() + "/O1", "转入劳动人事争议仲裁（青田县劳动人事争议仲裁院）"),
        MEDIATOR,
        f.in.clock.instant());
    f.cases.save(mc);
    new org.db3311.sgc.core.common.ChangeRecorder(f.in.events, f.in.audit).record(mc);
  }

  private void close(MediationCaseId id) {
    f.mediation.close(new CloseMediationUseCase.Command(id, MEDIATOR));
  }

  @Test
  void every_path() {
    // agreed, with rescheduling and a second session
    MediationCaseId a = f.consented("dispute.labour");
    f.mediation.route(new RouteMediationUseCase.Command(a, MEDIATOR));
    schedule(a, ScheduleSessionUseCase.Mode.OFFLINE);
    schedule(a, ScheduleSessionUseCase.Mode.ONLINE);
    f.mediation.recordSession(
        new RecordSessionUseCase.Command(
            a, MediationFixtures.record(f.in.clock.instant()), MEDIATOR));
    schedule(a, ScheduleSessionUseCase.Mode.OFFLINE);
    f.mediation.recordSession(
        new RecordSessionUseCase.Command(
            a, MediationFixtures.record(f.in.clock.instant()), MEDIATOR));
    schedule(a, ScheduleSessionUseCase.Mode.ONLINE);
    schedule(a, ScheduleSessionUseCase.Mode.OFFLINE);
    f.mediation.recordSession(
        new RecordSessionUseCase.Command(
            a, MediationFixtures.record(f.in.clock.instant()), MEDIATOR));
    f.mediation.conclude(
        new ConcludeMediationUseCase.Command(
            a,
            new ConcludeMediationUseCase.Outcome.Agreement(
                MediationFixtures.agreement(LocalDate.of(2026, 11, 25))),
            MEDIATOR));
    close(a);
    // failed and closed without filing
    MediationCaseId b = f.inSession("dispute.contract");
    f.mediation.conclude(
        new ConcludeMediationUseCase.Command(
            b, new ConcludeMediationUseCase.Outcome.Failure("分歧", "诉讼"), MEDIATOR));
    close(b);
    // failed, referred to online filing
    MediationCaseId c = f.inSession("dispute.consumer");
    f.mediation.conclude(
        new ConcludeMediationUseCase.Command(
            c, new ConcludeMediationUseCase.Outcome.Failure("分歧", "诉讼"), MEDIATOR));
    f.mediation.refer(new ReferToLitigationUseCase.Command(c, MEDIATOR));
    close(c);
    // declined
    MediationCaseId d = f.openDispute("dispute.neighbour");
    f.mediation.assess(new AssessSuitabilityUseCase.Command(d, true, "适宜", MEDIATOR));
    f.mediation.recordConsent(new RecordConsentUseCase.Command(d, 0, false, true, MEDIATOR));
    close(d);
    // unsuitable
    MediationCaseId e = f.openDispute("dispute.damages");
    f.mediation.assess(new AssessSuitabilityUseCase.Command(e, false, "涉刑事", MEDIATOR));
    close(e);

    // routed onward from each unresolved end, then closed with the matter left in handling
    MediationCaseId g = f.openDispute("dispute.labour");
    f.mediation.assess(new AssessSuitabilityUseCase.Command(g, false, "须经仲裁", MEDIATOR));
    routeOnward(g);
    MediationCaseId h = f.openDispute("dispute.neighbour");
    f.mediation.assess(new AssessSuitabilityUseCase.Command(h, true, "适宜", MEDIATOR));
    f.mediation.recordConsent(new RecordConsentUseCase.Command(h, 0, false, true, MEDIATOR));
    routeOnward(h);
    MediationCaseId i = f.inSession("dispute.contract");
    f.mediation.conclude(
        new ConcludeMediationUseCase.Command(
            i, new ConcludeMediationUseCase.Outcome.Failure("分歧", "仲裁"), MEDIATOR));
    routeOnward(i);
    MediationCaseId j = f.inSession("dispute.consumer");
    f.mediation.conclude(
        new ConcludeMediationUseCase.Command(
            j, new ConcludeMediationUseCase.Outcome.Failure("分歧", "诉讼"), MEDIATOR));
    f.mediation.refer(new ReferToLitigationUseCase.Command(j, MEDIATOR));
    routeOnward(j);
    for (MediationCaseId x : List.of(g, h, i, j)) {
      close(x);
      assertThat(f.in.matter(x.matter()).state())
          .as("a dispute routed onward is not closed as not resolved")
          .isEqualTo(org.db3311.sgc.core.intake.MatterState.IN_HANDLING);
    }

    Set<Transition<MediationState, MediationAction>> walked = new HashSet<>();
    f.in.events.published(MediationEvent.class).stream()
        .filter(x -> x.from().isPresent())
        .forEach(x -> walked.add(new Transition<>(x.from().get(), x.action(), x.to())));
    assertThat(walked).containsExactlyInAnyOrderElementsOf(MediationWorkflow.TABLE.transitions());
    assertThat(f.in.audit.of("Mediation", a.toString()))
        .hasSize(
            (int)
                f.in.events.published(MediationEvent.class).stream()
                    .filter(x -> x.id().equals(a))
                    .count())
        .hasSize(15);
  }

  @Test
  void an_illegal_step_names_state_and_action() {
    MediationCaseId id = f.openDispute("dispute.labour");
    assertThatThrownBy(() -> f.mediation.refer(new ReferToLitigationUseCase.Command(id, MEDIATOR)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage(
            "Mediation " + id + ": action REFER_TO_LITIGATION is not allowed in state OPENED");
    assertThat(f.filing.submitted())
        .as("nothing filed for a case that cannot be referred")
        .isEmpty();
    assertThatThrownBy(() -> close(id))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Mediation " + id + ": action CLOSE is not allowed in state OPENED");
  }

  @Test
  void a_reopened_dispute_gets_a_second_attempt_under_the_same_supervision_file() {
    MediationCaseId a = f.inSession("dispute.labour");
    f.mediation.conclude(
        new ConcludeMediationUseCase.Command(
            a,
            new ConcludeMediationUseCase.Outcome.Agreement(
                MediationFixtures.agreement(LocalDate.of(2026, 11, 25))),
            MEDIATOR));
    close(a);
    f.in.intake.reopen(
        new org.db3311.sgc.core.intake.ReopenMatterUseCase.Command(a.matter(), "回访不满意", MEDIATOR));
    f.supervision.record(
        new org.db3311.sgc.core.supervision.TrackProgressUseCase.Command(
            a.matter().toString(),
            new org.db3311.sgc.core.supervision.TrackProgressUseCase.Progress.Reopen("回访不满意"),
            MEDIATOR));
    MediationCaseId second =
        f.mediation.open(new OpenMediationUseCase.Command(a.matter(), MEDIATOR));
    assertThat(second.attempt()).isEqualTo(2);
  }
}
