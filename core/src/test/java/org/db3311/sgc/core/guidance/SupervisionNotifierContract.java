package org.db3311.sgc.core.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What every {@link SupervisionNotifier} adapter must do. */
public abstract class SupervisionNotifierContract {

  protected abstract SupervisionNotifier newNotifier();

  /** The task ids of the notices the notifier handed on so far, in order. */
  protected abstract List<String> handedOver();

  public static SupervisionNotice notice(String task, SupervisionNotice.Level level, long overdue) {
    return new SupervisionNotice(
        GuidanceTaskId.of(task),
        new GrassrootsUnit("331121001", "鹤城街道", GrassrootsUnit.Level.TOWNSHIP),
        level,
        LocalDate.parse("2026-12-30"),
        LocalDate.parse("2027-01-05"),
        overdue);
  }

  @Test
  @DisplayName("a reminder, an urging and an escalation are each handed on once, in order")
  void each_notice_is_handed_on_once() {
    SupervisionNotifier n = newNotifier();
    n.send(notice("ZD-2026-0001", SupervisionNotice.Level.REMINDER, 0));
    n.send(notice("ZD-2026-0002", SupervisionNotice.Level.URGING, 2));
    n.send(notice("ZD-2026-0003", SupervisionNotice.Level.ESCALATION, 4));
    assertThat(handedOver()).containsExactly("ZD-2026-0001", "ZD-2026-0002", "ZD-2026-0003");
  }

  @Test
  @DisplayName("no notice, nothing handed on")
  void a_missing_notice_is_refused() {
    SupervisionNotifier n = newNotifier();
    assertThatThrownBy(() -> n.send(null)).isInstanceOf(NullPointerException.class);
    assertThat(handedOver()).isEmpty();
  }
}
