package org.db3311.sgc.core.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.ItemFailure;
import org.db3311.sgc.core.common.UnitId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 8.2.4 "对已办、待办、完成的所有事件情况进行实时监管": the overview counts every file once in its column for the whole
 * center, and per unit as lead or as participant (6.3.1.1).
 */
@Implements({"8.2.4", "6.3.1.1"})
@DisplayName(
    "8.2.4 the supervision overview: handled, pending and completed, by lead and participant")
class SupervisionOverviewEdgesTest {

  private static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");
  private final UnitId a = UnitId.of("unit-a");
  private final UnitId b = UnitId.of("unit-b");
  private final UnitId c = UnitId.of("unit-c");

  @Test
  @DisplayName("each file counts once in the total and once per unit, in its role")
  void counts_by_column_role_and_lateness() {
    SupervisionOverview o =
        SupervisionOverview.builder(AT)
            .add(a, Set.of(b), SupervisionState.IN_PROGRESS, true)
            .add(a, Set.of(), SupervisionState.HANDLED, false)
            .add(a, Set.of(), SupervisionState.COMPLETED, false)
            .add(b, Set.of(a), SupervisionState.IN_PROGRESS, false)
            .build();
    SupervisionOverview.Counts total = o.total();
    assertThat(total.pending()).isEqualTo(2);
    assertThat(total.handled()).isEqualTo(1);
    assertThat(total.completed()).isEqualTo(1);
    assertThat(total.overdue()).isEqualTo(1);
    assertThat(total.matters()).isEqualTo(4);
    assertThat(total.inState(SupervisionState.IN_PROGRESS)).isEqualTo(2);
    assertThat(total.inState(SupervisionState.PAUSED)).isZero();

    assertThat(o.leading(a).matters()).isEqualTo(3);
    assertThat(o.leading(a).overdue()).isEqualTo(1);
    assertThat(o.participating(a).pending()).isEqualTo(1);
    assertThat(o.participating(a).overdue()).isZero();
    assertThat(o.of(a).matters()).isEqualTo(4);
    assertThat(o.of(a).inState(SupervisionState.IN_PROGRESS)).isEqualTo(2);
    assertThat(o.leading(b).pending()).isEqualTo(1);
    assertThat(o.participating(b).overdue()).isEqualTo(1);
    assertThat(o.of(b).matters()).isEqualTo(2);
    assertThat(o.of(c)).isEqualTo(SupervisionOverview.Counts.EMPTY);
    assertThat(o.byUnit().keySet()).containsExactly(a, b);
  }

  @Test
  @DisplayName("counted rows: only leading rows make the total, lateness only when asked")
  void counted_rows() {
    SupervisionOverview o =
        SupervisionOverview.builder(AT)
            .add(
                new SupervisionFileRepository.StateCount(b, true, SupervisionState.ASSIGNED, 3, 2),
                true)
            .add(
                new SupervisionFileRepository.StateCount(b, false, SupervisionState.HANDLED, 2, 1),
                true)
            .add(
                new SupervisionFileRepository.StateCount(a, true, SupervisionState.COMPLETED, 4, 1),
                false)
            .build();
    assertThat(o.total().pending()).isEqualTo(3);
    assertThat(o.total().completed()).isEqualTo(4);
    assertThat(o.total().handled()).isZero();
    assertThat(o.total().overdue()).isEqualTo(2);
    assertThat(o.leading(b).overdue()).isEqualTo(2);
    assertThat(o.participating(b).handled()).isEqualTo(2);
    assertThat(o.participating(b).overdue()).isEqualTo(1);
    assertThat(o.leading(a).overdue()).isZero();
    assertThat(o.leading(a).inState(SupervisionState.COMPLETED)).isEqualTo(4);
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> new SupervisionFileRepository.StateCount(a, true, SupervisionState.HANDLED, 1, 2))
        .withMessage("a count row counts at least one file");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new SupervisionFileRepository.StateCount(a, true, SupervisionState.HANDLED, 0, 0));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new SupervisionFileRepository.StateCount(a, true, SupervisionState.HANDLED, 1, -1));
    assertThat(
            new SupervisionFileRepository.StateCount(a, true, SupervisionState.HANDLED, 1, 1)
                .overdue())
        .isOne();
  }

  @Test
  @DisplayName("files waiting on the applicant by subject, flags by kind, failures kept")
  void waiting_flags_and_failures() {
    SupervisionFlag fallback =
        new SupervisionFlag(SupervisionFlag.Kind.LED_BY_FALLBACK_LEADER, "duty leader absent", AT);
    SupervisionOverview o =
        SupervisionOverview.builder(AT)
            .awaitingApplicant(new SupervisionOverview.ApplicantClock("m-2", a, AT))
            .awaitingApplicant(new SupervisionOverview.ApplicantClock("m-1", b, AT))
            .flagged(new SupervisionOverview.Flagged("e-1", a, fallback))
            .failed(new ItemFailure("m-9", "broken"))
            .build();
    assertThat(o.awaitingApplicant())
        .extracting(SupervisionOverview.ApplicantClock::subject)
        .containsExactly("m-1", "m-2");
    assertThat(o.flagged(SupervisionFlag.Kind.LED_BY_FALLBACK_LEADER))
        .extracting(SupervisionOverview.Flagged::subject)
        .containsExactly("e-1");
    assertThat(o.failures()).containsExactly(new ItemFailure("m-9", "broken"));
    assertThat(o.at()).isEqualTo(AT);
    assertThat(
            new SupervisionOverview(
                    AT, java.util.Map.of(), SupervisionOverview.Counts.EMPTY, List.of(), List.of())
                .flagged())
        .isEmpty();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new SupervisionFlag(SupervisionFlag.Kind.LED_BY_FALLBACK_LEADER, " ", AT))
        .withMessage("a flag says what happened");
  }
}
