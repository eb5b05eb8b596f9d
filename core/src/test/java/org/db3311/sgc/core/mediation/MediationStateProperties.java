package org.db3311.sgc.core.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.common.WorkflowRun;
import org.db3311.sgc.core.intake.IntakeFixtures;
import org.db3311.sgc.core.intake.RegistrationNumber;

/**
 * No sequence of commands leaves a mediation case in a state its machine does not define or
 * predict; an illegal command fails naming state and action and changes nothing.
 */
@Implements({"6.2.1.1.1", "6.2.1.1.2"})
class MediationStateProperties {

  /** The commands staff can give a case; each meant to perform one action of the table. */
  enum Command {
    ASSESS_SUITABLE(MediationAction.ASSESS_SUITABLE),
    ASSESS_UNSUITABLE(MediationAction.ASSESS_UNSUITABLE),
    CONSENT_FIRST(MediationAction.RECORD_CONSENT),
    CONSENT_SECOND(MediationAction.RECORD_CONSENT),
    REFUSE(MediationAction.DECLINE),
    ROUTE(MediationAction.ROUTE),
    SCHEDULE_ONLINE(MediationAction.SCHEDULE_ONLINE),
    SCHEDULE_OFFLINE(MediationAction.SCHEDULE_OFFLINE),
    HOLD_SESSION(MediationAction.HOLD_SESSION),
    AGREE(MediationAction.REACH_AGREEMENT),
    FAIL(MediationAction.FAIL),
    REFER(MediationAction.REFER_TO_LITIGATION),
    ROUTE_ONWARD(MediationAction.ROUTE_ONWARD),
    CLOSE(MediationAction.CLOSE);

    final MediationAction action;

    Command(MediationAction action) {
      this.action = action;
    }
  }

  @Property(tries = 400)
  void any_command_sequence_follows_the_table(@ForAll("choices") List<WorkflowRun.Choice> choices) {
    MediationCaseId id =
        new MediationCaseId(
            new RegistrationNumber(IntakeFixtures.QINGTIAN, LocalDate.of(2026, 11, 25), 1), 1);
    InMemoryMediationCaseRepository repo = new InMemoryMediationCaseRepository();
    MediationCase mc =
        MediationCase.open(
            id, "dispute.labour", List.of("张三", "丽水某建筑有限公司"), MediationFixtures.MEDIATOR, T);
    WorkflowRun<MediationCase, MediationState, MediationAction> run =
        new WorkflowRun<>(
            MediationWorkflow.TABLE,
            mc,
            MediationCase::state,
            MediationCase::snapshot,
            repo::save,
            () -> repo.find(id).orElseThrow().snapshot());
    for (WorkflowRun.Choice ch : choices) {
      run.step(ch, List.of(Command.values()), c -> c.action, c -> apply(mc, c));
    }
    assertThat(run.changes() + run.refusals()).isEqualTo(choices.size());
    net.jqwik.api.statistics.Statistics.label("final state").collect(mc.state());
  }

  private static final Instant T = Instant.parse("2026-11-25T02:00:00Z");

  private static void apply(MediationCase mc, Command c) {
    var a = MediationFixtures.MEDIATOR;
    switch (c) {
      case ASSESS_SUITABLE -> mc.assess(true, "适宜", a, T);
      case ASSESS_UNSUITABLE -> mc.assess(false, "涉刑事", a, T);
      case CONSENT_FIRST -> mc.recordConsent(new Consent(0, "张三", true, true, T), a);
      case CONSENT_SECOND -> mc.recordConsent(new Consent(1, "丽水某建筑有限公司", true, true, T), a);
      case REFUSE -> mc.recordConsent(new Consent(1, "丽水某建筑有限公司", false, true, T), a);
      case ROUTE ->
          mc.route(
              new RoutingDecision(
                  new Venue.MediationCommittee(UnitId.of("hecheng-mediation-committee")),
                  "local",
                  "属地调解"),
              a,
              T);
      case SCHEDULE_ONLINE ->
          mc.schedule(new Session.Online(new VideoRoom("r1", "https://video/r1", T)), a, T);
      case SCHEDULE_OFFLINE ->
          mc.schedule(new Session.Offline("中心调解室", T, Optional.of("张三")), a, T);
      case HOLD_SESSION -> mc.holdSession(MediationFixtures.record(T), a, T);
      case AGREE ->
          mc.reachAgreement(
              MediationFixtures.agreement(LocalDate.of(2026, 11, 25)),
              org.db3311.sgc.core.calendar.DueDate.official(LocalDate.of(2026, 12, 25)),
              a,
              T);
      case FAIL -> mc.fail("分歧过大", "仲裁或诉讼", a, T);
      case REFER -> mc.referToLitigation("FILING-1", a, T);
      case ROUTE_ONWARD ->
          mc.routeOnward(
              new OnwardRouting(mc.id().matter() + "/O1", "转入劳动人事争议仲裁（青田县劳动人事争议仲裁院）"), a, T);
      case CLOSE -> mc.close(a, T);
    }
  }

  @Provide
  Arbitrary<List<WorkflowRun.Choice>> choices() {
    return WorkflowRun.choices(25);
  }
}
