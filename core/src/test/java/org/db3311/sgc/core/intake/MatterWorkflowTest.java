package org.db3311.sgc.core.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.db3311.sgc.core.intake.IntakeFixtures.ALL_MATERIALS;
import static org.db3311.sgc.core.intake.IntakeFixtures.CLERK;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.IllegalTransitionException;
import org.db3311.sgc.core.common.TransitionTable.Transition;
import org.db3311.sgc.core.common.WorkflowDocs;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Walks every path of the matter's state machine through the use cases. */
@Implements({"6.1.1.1", "6.2.1.4.1"})
class MatterWorkflowTest {

  private final IntakeFixtures f = new IntakeFixtures();
  private final Set<Transition<MatterState, MatterAction>> walked = new HashSet<>();

  private void track(RegistrationNumber n) {
    f.events.published(MatterEvent.class).stream()
        .filter(e -> e.number().equals(n) && e.from().isPresent())
        .forEach(e -> walked.add(new Transition<>(e.from().get(), e.action(), e.to())));
  }

  private RegistrationNumber incomplete() {
    return f.register(
            IntakeFixtures.windowRegistration(IntakeFixtures.ZHANG, "dispute.labour", List.of()))
        .number();
  }

  @Test
  @DisplayName(
      "every transition of the table is walked: accepted, supplemented, refused, withdrawn, handled, closed, reopened")
  void every_path() {
    // refused path
    RegistrationNumber refused = f.registerComplete("dispute.contract");
    f.intake.submit(
        new SubmitMaterialsUseCase.Command(refused, ALL_MATERIALS.subList(0, 1), CLERK));
    f.intake.decide(
        new DecideIntakeUseCase.Command(
            refused, new DecideIntakeUseCase.Verdict.Refuse(new Refusal("已起诉", "人民法院")), CLERK));
    track(refused);
    // withdrawn while pending, and while awaiting a supplement
    RegistrationNumber w1 = incomplete();
    f.intake.withdraw(new WithdrawMatterUseCase.Command(w1, "不再反映", CLERK));
    track(w1);
    RegistrationNumber w2 = incomplete();
    f.review(w2);
    f.intake.withdraw(new WithdrawMatterUseCase.Command(w2, "不再反映", CLERK));
    track(w2);
    // supplemented, accepted, handled, closed, reopened, closed again
    RegistrationNumber n = incomplete();
    f.review(n);
    f.intake.submit(new SubmitMaterialsUseCase.Command(n, ALL_MATERIALS, CLERK));
    f.review(n);
    f.intake.startHandling(
        new StartHandlingUseCase.Command(
            n, new Handling(Handling.Track.DISPUTE_RESOLUTION, n + "-M1"), CLERK));
    assertThat(f.matter(n).handling())
        .contains(new Handling(Handling.Track.DISPUTE_RESOLUTION, n + "-M1"));
    MatterResult result = new MatterResult(MatterResult.Outcome.RESOLVED, "达成调解协议");
    f.intake.close(new CloseMatterUseCase.Command(n, result, CLERK));
    f.intake.reopen(new ReopenMatterUseCase.Command(n, "当事人不满意", CLERK));
    f.intake.close(new CloseMatterUseCase.Command(n, result, CLERK));
    track(n);
    assertThat(f.matter(n).reopenCount()).isEqualTo(1);
    assertThat(walked).containsExactlyInAnyOrderElementsOf(MatterWorkflow.TABLE.transitions());
  }

  @Test
  @DisplayName("every action a state does not allow fails, naming the state and the action")
  void every_illegal_action_fails() {
    for (MatterState s : MatterState.values()) {
      for (MatterAction a : EnumSet.complementOf(EnumSet.of(MatterAction.REGISTER))) {
        if (!MatterWorkflow.TABLE.allows(s, a)) {
          assertThatThrownBy(() -> MatterWorkflow.TABLE.next(s, a, "331121-20261125-0001"))
              .isInstanceOf(IllegalTransitionException.class)
              .hasMessageContaining("state " + s)
              .hasMessageContaining("action " + a);
        }
      }
    }
  }

  @Test
  void refused_and_withdrawn_are_final() {
    assertThat(MatterWorkflow.TABLE.terminalStates())
        .containsExactlyInAnyOrder(MatterState.REFUSED, MatterState.WITHDRAWN);
  }

  @Test
  void the_state_diagram_in_the_docs_is_the_table_that_runs() {
    WorkflowDocs.assertDocumented(MatterWorkflow.TABLE);
  }
}
