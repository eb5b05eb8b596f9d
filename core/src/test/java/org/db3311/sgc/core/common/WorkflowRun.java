package org.db3311.sgc.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Drives one aggregate through generated commands and checks, after each, what every workflow of
 * the casework promises: a command that succeeds raised events whose transitions are rows of the
 * table and left the aggregate in the state the table predicts (folding those rows from the start
 * state); a command that fails, or is refused as a value, left the aggregate exactly as it was
 * (snapshot, version, no event), and if the table does not allow it, failed with an {@link
 * IllegalTransitionException} naming the state and the action. Each change is saved, so versions
 * move and a stale in-memory half-change would show against the stored copy.
 *
 * @param <G> the aggregate
 * @param <S> its states
 * @param <A> its actions
 */
public final class WorkflowRun<G extends AggregateRoot<?>, S extends Enum<S>, A extends Enum<A>> {

  private final TransitionTable<S, A> table;
  private final G aggregate;
  private final Function<G, S> state;
  private final Function<G, Object> snapshot;
  private final Consumer<G> save;
  private final Supplier<Object> stored;
  private S expected;
  private int changes;
  private int refusals;

  /**
   * @param save stores the aggregate (and marks it stored at the new version)
   * @param stored reads the stored snapshot back
   */
  public WorkflowRun(
      TransitionTable<S, A> table,
      G aggregate,
      Function<G, S> state,
      Function<G, Object> snapshot,
      Consumer<G> save,
      Supplier<Object> stored) {
    this.table = table;
    this.aggregate = aggregate;
    this.state = state;
    this.snapshot = snapshot;
    this.save = save;
    this.stored = stored;
    assertThat(table.initialStates()).contains(state.apply(aggregate));
    save.accept(aggregate);
    aggregate.pullEvents();
    this.expected = state.apply(aggregate);
  }

  /**
   * Applies a command meant to perform {@code intended}.
   *
   * @param command the call on the aggregate
   */
  public void step(A intended, Runnable command) {
    S before = state.apply(aggregate);
    Object snapshotBefore = snapshot.apply(aggregate);
    Version versionBefore = aggregate.version();
    assertThat(aggregate.pendingEvents()).isEmpty();
    RuntimeException failure = null;
    try {
      command.run();
    } catch (RuntimeException e) {
      failure = e;
    }
    List<? extends DomainEvent> raised = aggregate.pullEvents();
    if (failure != null || raised.isEmpty()) {
      refusals++;
      assertThat(raised).as("a failed or refused command raises nothing").isEmpty();
      assertThat(snapshot.apply(aggregate))
          .as("%s in %s left no half-written state", intended, before)
          .isEqualTo(snapshotBefore);
      assertThat(aggregate.version()).isEqualTo(versionBefore);
      assertThat(stored.get()).isEqualTo(snapshotBefore);
      if (!table.allows(before, intended)) {
        assertThat(failure)
            .as("%s is not allowed in %s", intended, before)
            .isInstanceOf(IllegalTransitionException.class);
        IllegalTransitionException x = (IllegalTransitionException) failure;
        assertThat(x.state()).isEqualTo(before.name());
        assertThat(x.action()).isEqualTo(intended.name());
        assertThat(x.getMessage()).contains(before.name()).contains(intended.name());
      }
      return;
    }
    assertThat(table.allows(before, intended))
        .as("%s succeeded in %s although the table forbids it", intended, before)
        .isTrue();
    S s = expected;
    for (DomainEvent e : raised) {
      assertThat(e.fromStateName()).contains(s.name());
      A action = actionNamed(e.actionName());
      assertThat(table.allows(s, action)).as("%s --%s-->", s, action).isTrue();
      s = table.next(s, action);
      assertThat(e.toStateName()).isEqualTo(s.name());
      assertThat(e.version()).isEqualTo(versionBefore.next());
    }
    expected = s;
    assertThat(state.apply(aggregate)).isEqualTo(expected);
    assertThat(table.states()).contains(state.apply(aggregate));
    save.accept(aggregate);
    assertThat(aggregate.version()).isEqualTo(versionBefore.next());
    assertThat(stored.get()).isEqualTo(snapshot.apply(aggregate));
    changes++;
  }

  /**
   * A generated choice of command: mostly one the current state allows (so runs get deep into the
   * machine), otherwise any command at all (so illegal ones are tried everywhere).
   */
  public record Choice(boolean legal, int pick) {}

  /** Choices, three in four aiming at an allowed command. */
  // the tests are compiled into core's module while jqwik stays on the class path
  @SuppressWarnings("exports")
  public static net.jqwik.api.Arbitrary<List<Choice>> choices(int maxSize) {
    return net.jqwik.api.Combinators.combine(
            net.jqwik.api.Arbitraries.of(true, true, true, false),
            net.jqwik.api.Arbitraries.integers().between(0, 1000))
        .as(Choice::new)
        .list()
        .ofMaxSize(maxSize);
  }

  /** The command a choice names in the aggregate's current state. */
  public <C> C pick(Choice choice, List<C> commands, Function<C, A> action) {
    S now = state.apply(aggregate);
    List<C> allowed = commands.stream().filter(c -> table.allows(now, action.apply(c))).toList();
    List<C> from = choice.legal() && !allowed.isEmpty() ? allowed : commands;
    return from.get(choice.pick() % from.size());
  }

  /** Applies the command a choice names, meant to perform {@code action.apply(command)}. */
  public <C> C step(Choice choice, List<C> commands, Function<C, A> action, Consumer<C> apply) {
    C c = pick(choice, commands, action);
    step(action.apply(c), () -> apply.accept(c));
    net.jqwik.api.statistics.Statistics.label("action").collect(action.apply(c));
    return c;
  }

  private A actionNamed(String name) {
    Class<A> type = table.transitions().iterator().next().action().getDeclaringClass();
    return Enum.valueOf(type, Objects.requireNonNull(name));
  }

  public G aggregate() {
    return aggregate;
  }

  /** How many commands changed the aggregate. */
  public int changes() {
    return changes;
  }

  /** How many commands failed or were refused. */
  public int refusals() {
    return refusals;
  }
}
