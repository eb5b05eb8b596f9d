package org.db3311.sgc.core.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SupervisionNotifier} adapter must do: deliver each notice once, whole (task,
 * unit, level, due date, issue date, days overdue), in the order sent, and refuse a missing one
 * without delivering anything. An adapter's test tells what it delivered through {@link
 * #delivered}, read where the assignee would receive it.
 */
public abstract class SupervisionNotifierContract {

  private static long seq = System.nanoTime() % 100_000;

  protected abstract SupervisionNotifier newNotifier();

  /** The notices the notifier delivered so far, oldest first, as the assignee received them. */
  protected abstract List<SupervisionNotice> delivered(SupervisionNotifier notifier);

  private static SupervisionNotice notice(
      SupervisionNotice.Level level, LocalDate due, LocalDate issuedOn, long overdue) {
    return new SupervisionNotice(
        GuidanceTaskId.of("ZD-2026-" + (++seq)),
        new GrassrootsUnit("331121001", "鹤城街道", GrassrootsUnit.Level.TOWNSHIP),
        level,
        due,
        issuedOn,
        overdue);
  }

  @Test
  void each_notice_is_delivered_once_whole_in_order_across_the_year_boundary() {
    SupervisionNotifier n = newNotifier();
    LocalDate due = LocalDate.of(2026, 12, 31);
    SupervisionNotice reminder =
        notice(SupervisionNotice.Level.REMINDER, due, LocalDate.of(2026, 12, 29), 0);
    SupervisionNotice urging =
        notice(SupervisionNotice.Level.URGING, due, LocalDate.of(2027, 1, 4), 1);
    SupervisionNotice escalation =
        notice(SupervisionNotice.Level.ESCALATION, due, LocalDate.of(2027, 1, 11), 6);
    n.send(reminder);
    n.send(urging);
    n.send(escalation);
    assertThat(delivered(n))
        .filteredOn(d -> List.of(reminder, urging, escalation).contains(d))
        .containsExactly(reminder, urging, escalation);
  }

  @Test
  void a_missing_notice_is_refused_and_nothing_is_delivered() {
    SupervisionNotifier n = newNotifier();
    int before = delivered(n).size();
    assertThatThrownBy(() -> n.send(null)).isInstanceOf(NullPointerException.class);
    assertThat(delivered(n)).hasSize(before);
  }
}
