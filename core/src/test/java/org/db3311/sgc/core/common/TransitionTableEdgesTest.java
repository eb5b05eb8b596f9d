package org.db3311.sgc.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The state-machine table every casework workflow is built on: what it answers about itself, and
 * that a state reached only over several steps counts as reachable.
 */
@DisplayName("Transition tables: look-ups, several starting states and reachability over chains")
class TransitionTableEdgesTest {

  enum S {
    NEW,
    CHECKED,
    ASSIGNED,
    CLOSED
  }

  enum A {
    CHECK,
    ASSIGN,
    CLOSE
  }

  // CLOSED is reached only over three steps, and CLOSE is allowed from two states at once
  private final TransitionTable<S, A> table =
      TransitionTable.of("Chain", S.class, A.class)
          .initial(S.NEW)
          .allow(S.NEW, A.CHECK, S.CHECKED)
          .allow(S.CHECKED, A.ASSIGN, S.ASSIGNED)
          .allowFrom(EnumSet.of(S.CHECKED, S.ASSIGNED), A.CLOSE, S.CLOSED)
          .build();

  @Test
  @DisplayName("a state reached only over a chain of steps is reachable; the table builds")
  void chains_are_followed_to_their_end() {
    TransitionTable<S, A> chain =
        TransitionTable.of("Line", S.class, A.class)
            .initial(S.NEW)
            .allow(S.NEW, A.CHECK, S.CHECKED)
            .allow(S.CHECKED, A.ASSIGN, S.ASSIGNED)
            .allow(S.ASSIGNED, A.CLOSE, S.CLOSED)
            .build();
    assertThat(chain.next(S.ASSIGNED, A.CLOSE)).isEqualTo(S.CLOSED);
    assertThat(chain.terminalStates()).containsExactly(S.CLOSED);
  }

  @Test
  @DisplayName("an action allowed from several states leads from each of them")
  void allow_from_adds_every_state() {
    assertThat(table.next(S.CHECKED, A.CLOSE)).isEqualTo(S.CLOSED);
    assertThat(table.next(S.ASSIGNED, A.CLOSE, "M-1")).isEqualTo(S.CLOSED);
    assertThat(table.allows(S.CHECKED, A.CLOSE)).isTrue();
    assertThat(table.allows(S.NEW, A.CLOSE)).isFalse();
    assertThat(table.actionsFrom(S.CHECKED)).containsExactlyInAnyOrder(A.ASSIGN, A.CLOSE);
    assertThat(table.actionsFrom(S.CLOSED)).isEmpty();
  }

  @Test
  @DisplayName("the table names its workflow, states, starting states and each target")
  void the_table_describes_itself() {
    assertThat(table.workflow()).isEqualTo("Chain");
    assertThat(table.states()).containsExactly(S.values());
    assertThat(table.initialStates()).containsExactly(S.NEW);
    assertThat(table.target(S.NEW, A.CHECK)).contains(S.CHECKED);
    assertThat(table.target(S.NEW, A.CLOSE)).isEmpty();
    assertThatThrownBy(() -> table.next(S.NEW, A.CLOSE, "M-1"))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("Chain M-1")
        .hasMessageContaining("NEW")
        .hasMessageContaining("CLOSE");
  }
}
