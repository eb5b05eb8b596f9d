package org.db3311.sgc.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TransitionTableTest {

  enum S {
    OPEN,
    DONE,
    ORPHAN
  }

  enum A {
    FINISH,
    REOPEN
  }

  private final TransitionTable<S, A> table =
      TransitionTable.of("Door", S.class, A.class)
          .initial(S.OPEN)
          .initial(S.ORPHAN)
          .allow(S.OPEN, A.FINISH, S.DONE)
          .allow(S.DONE, A.REOPEN, S.OPEN)
          .build();

  @Test
  void an_allowed_action_leads_to_its_state() {
    assertThat(table.next(S.OPEN, A.FINISH)).isEqualTo(S.DONE);
    assertThat(table.allows(S.DONE, A.FINISH)).isFalse();
    assertThat(table.transitions()).hasSize(2);
    assertThat(table.terminalStates()).containsExactly(S.ORPHAN);
  }

  @Test
  void an_illegal_action_names_the_workflow_state_and_action() {
    assertThatThrownBy(() -> table.next(S.DONE, A.FINISH))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Door: action FINISH is not allowed in state DONE");
  }

  @Test
  void unreachable_states_are_refused_when_building() {
    assertThatThrownBy(
            () ->
                TransitionTable.of("Door", S.class, A.class)
                    .initial(S.OPEN)
                    .allow(S.OPEN, A.FINISH, S.DONE)
                    .build())
        .hasMessageContaining("unreachable states [ORPHAN]");
  }

  @Test
  void one_action_cannot_lead_to_two_states() {
    assertThatThrownBy(
            () ->
                TransitionTable.of("Door", S.class, A.class)
                    .allow(S.OPEN, A.FINISH, S.DONE)
                    .allow(S.OPEN, A.FINISH, S.ORPHAN))
        .hasMessageContaining("defined twice");
  }
}
