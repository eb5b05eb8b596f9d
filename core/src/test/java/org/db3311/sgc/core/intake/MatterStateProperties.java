package org.db3311.sgc.core.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.db3311.sgc.core.common.IllegalTransitionException;
import org.db3311.sgc.core.common.WorkflowRun;

/** No sequence of commands leaves a matter in a state its machine does not define or predict. */
class MatterStateProperties {

  @Property(tries = 300)
  void any_command_sequence_follows_the_table(@ForAll("actions") List<MatterAction> actions) {
    Matter m = registered();
    int events = m.pendingEvents().size();
    for (MatterAction a : actions) {
      MatterState before = m.state();
      if (MatterWorkflow.TABLE.allows(before, a)) {
        apply(m, a);
        assertThat(m.state()).isEqualTo(MatterWorkflow.TABLE.next(before, a));
        assertThat(m.pendingEvents()).hasSize(++events);
      } else {
        assertThatThrownBy(() -> apply(m, a)).isInstanceOf(IllegalTransitionException.class);
        assertThat(m.state()).isEqualTo(before);
        assertThat(m.pendingEvents()).hasSize(events);
      }
      assertThat(MatterWorkflow.TABLE.states()).contains(m.state());
    }
  }

  @Property(tries = 300)
  void an_illegal_command_changes_nothing_and_names_state_and_action(
      @ForAll("choices") List<WorkflowRun.Choice> choices) {
    Matter m = registered();
    InMemoryMatterRepository repo = new InMemoryMatterRepository();
    WorkflowRun<Matter, MatterState, MatterAction> run =
        new WorkflowRun<>(
            MatterWorkflow.TABLE,
            m,
            Matter::state,
            Matter::snapshot,
            repo::save,
            () -> repo.find(m.number()).orElseThrow().snapshot());
    List<MatterAction> commands =
        java.util.Arrays.stream(MatterAction.values())
            .filter(a -> a != MatterAction.REGISTER)
            .toList();
    for (WorkflowRun.Choice ch : choices) {
      run.step(ch, commands, a -> a, a -> apply(m, a));
    }
    assertThat(run.changes() + run.refusals()).isEqualTo(choices.size());
  }

  private static Matter registered() {
    return Matter.register(
        new RegistrationNumber(IntakeFixtures.QINGTIAN, LocalDate.of(2026, 11, 25), 1),
        IntakeFixtures.windowRegistration(
            IntakeFixtures.ZHANG, "dispute.labour", IntakeFixtures.ALL_MATERIALS),
        CategoryTaxonomy.defaults().get("dispute.labour"),
        List.of(),
        IntakeFixtures.CLERK,
        Instant.EPOCH);
  }

  /** Applies the action with inputs that make the decision come out as the action names. */
  private static void apply(Matter m, MatterAction a) {
    Instant t = Instant.EPOCH;
    switch (a) {
      case SUBMIT_MATERIALS ->
          m.submitMaterials(
              List.of(new Material.Submitted(MaterialKind.APPLICATION, "补充")),
              IntakeFixtures.CLERK,
              t);
      case ACCEPT ->
          m.review(MaterialRequirements.STANDARD_DEFAULT, List.of(), IntakeFixtures.CLERK, t);
      case REQUEST_SUPPLEMENT -> {
        MaterialKind extra = new MaterialKind("extra", "补充材料");
        m.review(java.util.Set.of(extra), List.of(), IntakeFixtures.CLERK, t);
      }
      case REFUSE -> m.refuse(new Refusal("不属受理范围", "人民法院"), IntakeFixtures.CLERK, t);
      case WITHDRAW -> m.withdraw("撤回", IntakeFixtures.CLERK, t);
      case START_HANDLING ->
          m.startHandling(
              new Handling(Handling.Track.EVENT_HANDLING, "E1"), IntakeFixtures.CLERK, t);
      case CLOSE ->
          m.close(new MatterResult(MatterResult.Outcome.RESOLVED, "已办结"), IntakeFixtures.CLERK, t);
      case REOPEN -> m.reopen("不满意", IntakeFixtures.CLERK, t);
      case REGISTER -> throw new IllegalArgumentException("not generated");
    }
  }

  @Provide
  Arbitrary<List<WorkflowRun.Choice>> choices() {
    return WorkflowRun.choices(20);
  }

  @Provide
  Arbitrary<List<MatterAction>> actions() {
    return Arbitraries.of(MatterAction.class)
        .filter(a -> a != MatterAction.REGISTER)
        .list()
        .ofMaxSize(15);
  }
}
