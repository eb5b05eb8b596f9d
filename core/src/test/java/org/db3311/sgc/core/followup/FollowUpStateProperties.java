package org.db3311.sgc.core.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Notification;
import org.db3311.sgc.core.common.WorkflowRun;
import org.db3311.sgc.core.intake.IntakeFixtures;
import org.db3311.sgc.core.intake.MatterResult;
import org.db3311.sgc.core.intake.RegistrationNumber;

/**
 * No sequence of commands leaves a follow-up in a state its machine does not define or predict; the
 * result notice cannot be skipped; an illegal command fails naming state and action and changes
 * nothing.
 */
@Implements({"6.2.1.4.1", "6.2.1.4.2"})
class FollowUpStateProperties {

  enum Command {
    NOTIFY(FollowUpAction.NOTIFY_RESULT),
    NOTIFY_ONE_PARTY_ONLY(FollowUpAction.NOTIFY_RESULT),
    SATISFIED(FollowUpAction.RECORD_SATISFIED),
    BASICALLY_SATISFIED(FollowUpAction.RECORD_SATISFIED),
    DISSATISFIED(FollowUpAction.RECORD_DISSATISFIED),
    REOPEN(FollowUpAction.REOPEN),
    CONCLUDE(FollowUpAction.CONCLUDE);

    final FollowUpAction action;

    Command(FollowUpAction action) {
      this.action = action;
    }
  }

  private static final Instant T = Instant.parse("2026-11-25T02:00:00Z");

  @Property(tries = 300)
  void any_command_sequence_follows_the_table(@ForAll("choices") List<WorkflowRun.Choice> choices) {
    FollowUpId id =
        new FollowUpId(
            new RegistrationNumber(IntakeFixtures.QINGTIAN, LocalDate.of(2026, 11, 25), 1), 1);
    InMemoryFollowUpRepository repo = new InMemoryFollowUpRepository();
    FollowUp f =
        FollowUp.open(
            id,
            new MatterResult(MatterResult.Outcome.RESOLVED, "已调解"),
            List.of("张三", "李四"),
            FollowUpFixtures.VISITOR,
            T);
    WorkflowRun<FollowUp, FollowUpState, FollowUpAction> run =
        new WorkflowRun<>(
            FollowUpWorkflow.TABLE,
            f,
            FollowUp::state,
            FollowUp::snapshot,
            repo::save,
            () -> repo.find(id).orElseThrow().snapshot());
    for (WorkflowRun.Choice ch : choices) {
      run.step(ch, List.of(Command.values()), c -> c.action, c -> apply(f, c));
    }
    assertThat(run.changes() + run.refusals()).isEqualTo(choices.size());
    if (f.state() != FollowUpState.PENDING_NOTICE) {
      assertThat(f.notices()).extracting(ResultNotice::party).contains("张三", "李四");
    }
    net.jqwik.api.statistics.Statistics.label("final state").collect(f.state());
  }

  private static void apply(FollowUp f, Command c) {
    var a = FollowUpFixtures.VISITOR;
    switch (c) {
      case NOTIFY ->
          f.resultNotified(
              List.of(
                  new ResultNotice("张三", Notification.Channel.SMS, "d1", T),
                  new ResultNotice("李四", Notification.Channel.LETTER, "d2", T)),
              a,
              T);
      case NOTIFY_ONE_PARTY_ONLY ->
          f.resultNotified(
              List.of(new ResultNotice("张三", Notification.Channel.SMS, "d1", T)), a, T);
      case SATISFIED ->
          f.recordAnswer(
              new SurveyAnswer("张三", SurveyMethod.SMS, Satisfaction.SATISFIED, "", T), a);
      case BASICALLY_SATISFIED ->
          f.recordAnswer(
              new SurveyAnswer("李四", SurveyMethod.PHONE, Satisfaction.BASICALLY_SATISFIED, "", T),
              a);
      case DISSATISFIED ->
          f.recordAnswer(
              new SurveyAnswer("李四", SurveyMethod.VISIT, Satisfaction.DISSATISFIED, "未履行", T), a);
      case REOPEN -> f.reopen("协议未履行", a, T);
      case CONCLUDE -> f.conclude(a, T);
    }
  }

  @Provide
  Arbitrary<List<WorkflowRun.Choice>> choices() {
    return WorkflowRun.choices(20);
  }
}
