package org.db3311.sgc.core.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.InMemoryUnitOfWork;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The read model's own edges: what a failed unit of work leaves, channels and levels. */
class FactsEdgesTest {

  static MatterFact fact(String id, String category) {
    return MatterFact.registered(
            MatterId.of(id),
            MatterKind.DISPUTE,
            category,
            DivisionCode.of("331121"),
            Instant.parse("2026-12-31T02:00:00Z"))
        .build();
  }

  @Test
  @DisplayName("a fact written in a failed unit of work is undone; the one before it comes back")
  void rolled_back_upsert() {
    InMemoryCaseFactSource source = new InMemoryCaseFactSource(List.of(fact("M1", "劳动争议")));
    assertThatThrownBy(
            () ->
                new InMemoryUnitOfWork()
                    .inTransaction(
                        () -> {
                          source.upsert(fact("M1", "邻里纠纷"));
                          source.upsert(fact("M2", "物业"));
                          throw new IllegalStateException("boom");
                        }))
        .hasMessage("boom");
    assertThat(source.find(MatterId.of("M1")))
        .get()
        .extracting(MatterFact::category)
        .isEqualTo("劳动争议");
    assertThat(source.find(MatterId.of("M2"))).isEmpty();
    assertThat(source.size()).isEqualTo(1);
  }

  @Test
  @Implements("6.5.1")
  @DisplayName("6.5.1 线上和线下 — only walk-in, leader and department channels are offline")
  void online_and_offline_channels() {
    assertThat(Arrays.stream(IntakeChannel.values()).filter(c -> !c.online()))
        .containsExactlyInAnyOrder(
            IntakeChannel.WINDOW,
            IntakeChannel.LEADER_RECEPTION,
            IntakeChannel.LEADER_ASSIGNMENT,
            IntakeChannel.DEPARTMENT_TRANSFER);
    assertThat(IntakeChannel.JIEFENMA.online()).isTrue();
  }

  @Test
  @Implements("6.3.1.2")
  @DisplayName("6.3.1.2 — a matter reported to the city is three levels above where it arose")
  void escalation_steps() {
    assertThat(EscalationLevel.LOCAL.steps()).isZero();
    assertThat(EscalationLevel.COUNTY_LEADER.steps()).isEqualTo(2);
    assertThat(EscalationLevel.CITY.steps()).isEqualTo(3);
  }

  @Test
  @DisplayName(
      "ruling R8 — the current hand-over is the matter's last assignment, signed for or not")
  void current_assignment_is_the_last() {
    org.db3311.sgc.core.common.UnitId hrss = org.db3311.sgc.core.common.UnitId.of("county.hrss");
    Instant at = Instant.parse("2026-12-31T03:00:00Z");
    Instant due = Instant.parse("2027-01-01T03:00:00Z");
    MatterFact assigned = fact("M1", "劳动争议").toBuilder().assigned(hrss, at, due).build();
    assertThat(assigned.assignments())
        .containsExactly(new Assignment(hrss, at, due, java.util.Optional.empty()));
    Instant signed = Instant.parse("2026-12-31T04:00:00Z");
    assertThat(assigned.toBuilder().signedFor(signed).build().assignments())
        .containsExactly(new Assignment(hrss, at, due, java.util.Optional.of(signed)));
    assertThat(fact("M2", "劳动争议").assignments()).as("never assigned").isEmpty();
  }
}
