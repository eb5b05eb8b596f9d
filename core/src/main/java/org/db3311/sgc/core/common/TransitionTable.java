package org.db3311.sgc.core.common;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The transition table of a workflow: for each state, the actions it allows and the state each
 * leads to. A workflow asks the table for its next state, so the table is the single definition of
 * the state machine (documented in docs/casework.md and walked by the tests).
 *
 * @param <S> the workflow's states
 * @param <A> the workflow's actions
 */
public final class TransitionTable<S extends Enum<S>, A extends Enum<A>> {

  private final String workflow;
  private final Class<S> stateType;
  private final Map<S, Map<A, S>> table;
  private final Set<S> initial;

  private TransitionTable(
      String workflow, Class<S> stateType, Map<S, Map<A, S>> table, Set<S> initial) {
    this.workflow = workflow;
    this.stateType = stateType;
    this.table = table;
    this.initial = initial;
  }

  public static <S extends Enum<S>, A extends Enum<A>> Builder<S, A> of(
      String workflow, Class<S> states, Class<A> actions) {
    return new Builder<>(workflow, states, actions);
  }

  /**
   * The state that the action leads to.
   *
   * @throws IllegalTransitionException naming the workflow, state and action when not allowed
   */
  public S next(S from, A action) {
    S to = table.get(from).get(action);
    if (to == null) {
      throw new IllegalTransitionException(workflow, from, action);
    }
    return to;
  }

  public boolean allows(S from, A action) {
    return table.get(from).containsKey(action);
  }

  /** The actions allowed in a state, in declaration order. */
  public Set<A> actionsFrom(S state) {
    return Collections.unmodifiableSet(table.get(state).keySet());
  }

  /** Every (state, action, next state) of the table, for documentation and tests. */
  public Set<Transition<S, A>> transitions() {
    Set<Transition<S, A>> all = new LinkedHashSet<>();
    table.forEach((from, row) -> row.forEach((a, to) -> all.add(new Transition<>(from, a, to))));
    return Collections.unmodifiableSet(all);
  }

  /** States from which no action leads anywhere. */
  public Set<S> terminalStates() {
    Set<S> terminal = EnumSet.noneOf(stateType);
    table.forEach(
        (s, row) -> {
          if (row.isEmpty()) {
            terminal.add(s);
          }
        });
    return terminal;
  }

  public Set<S> initialStates() {
    return initial;
  }

  public Set<S> states() {
    return EnumSet.allOf(stateType);
  }

  public String workflow() {
    return workflow;
  }

  /** Where an action from a state leads, if anywhere. */
  public Optional<S> target(S from, A action) {
    return Optional.ofNullable(table.get(from).get(action));
  }

  /** One row of the table. */
  public record Transition<S, A>(S from, A action, S to) {}

  /** Builds a table; every state must be reachable from an initial state. */
  public static final class Builder<S extends Enum<S>, A extends Enum<A>> {
    private final String workflow;
    private final Class<S> stateType;
    private final Class<A> actionType;
    private final Map<S, Map<A, S>> table;
    private final Set<S> initial;

    private Builder(String workflow, Class<S> stateType, Class<A> actionType) {
      this.workflow = workflow;
      this.stateType = stateType;
      this.actionType = actionType;
      this.table = new EnumMap<>(stateType);
      for (S s : stateType.getEnumConstants()) {
        table.put(s, new EnumMap<>(actionType));
      }
      this.initial = EnumSet.noneOf(stateType);
    }

    public Builder<S, A> initial(S state) {
      initial.add(state);
      return this;
    }

    public Builder<S, A> allow(S from, A action, S to) {
      S previous = table.get(from).putIfAbsent(action, to);
      if (previous != null && previous != to) {
        throw new IllegalArgumentException(
            workflow + ": " + from + " --" + action + "--> is defined twice");
      }
      return this;
    }

    /** The same action, from each of several states, leading to one state. */
    public Builder<S, A> allowFrom(Set<S> froms, A action, S to) {
      froms.forEach(f -> allow(f, action, to));
      return this;
    }

    public TransitionTable<S, A> build() {
      if (initial.isEmpty()) {
        throw new IllegalArgumentException(workflow + ": no initial state");
      }
      Set<S> reached = EnumSet.copyOf(initial);
      boolean grew = true;
      while (grew) {
        grew = false;
        for (S s : EnumSet.copyOf(reached)) {
          for (S to : table.get(s).values()) {
            grew |= reached.add(to);
          }
        }
      }
      Set<S> unreachable = EnumSet.complementOf(EnumSet.copyOf(reached));
      if (!unreachable.isEmpty()) {
        throw new IllegalArgumentException(workflow + ": unreachable states " + unreachable);
      }
      Map<S, Map<A, S>> frozen = new EnumMap<>(stateType);
      table.forEach(
          (s, row) -> {
            Map<A, S> copy = new EnumMap<>(actionType);
            copy.putAll(row);
            frozen.put(s, Collections.unmodifiableMap(copy));
          });
      return new TransitionTable<>(
          workflow, stateType, Collections.unmodifiableMap(frozen), EnumSet.copyOf(initial));
    }
  }
}
