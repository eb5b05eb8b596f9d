package org.db3311.sgc.core.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.UnitId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Matter facts hold a consistent history")
class MatterFactTest {

  static final Instant T = Instant.parse("2025-03-03T01:00:00Z");

  MatterFact.Builder base() {
    return MatterFact.registered(
        MatterId.of("331121-20250303-0001"),
        MatterKind.DISPUTE,
        "劳动争议",
        DivisionCode.of("331121"),
        T);
  }

  @Test
  @DisplayName("a full history builds and keeps its values")
  void full_history() {
    MatterFact f =
        base()
            .accepted(T.plusSeconds(60))
            .assigned(UnitId.of("county.hrss"), T.plusSeconds(120), T.plusSeconds(86_400))
            .signedFor(T.plusSeconds(3600))
            .closed(T.plusSeconds(864_000), Outcome.RESOLVED)
            .survey(SurveyAnswer.SATISFIED, T.plusSeconds(900_000))
            .applicants(Set.of(PersonKey.of("p1"), PersonKey.of("p2")))
            .build();

    assertThat(f.isClosed()).isTrue();
    assertThat(f.partyCount()).isEqualTo(2);
    assertThat(f.toBuilder().build()).isEqualTo(f);
    assertThat(f.toBuilder().reopened().build().isClosed()).isFalse();
  }

  @Test
  @DisplayName("impossible histories are refused with the matter named")
  void inconsistent_histories_are_refused() {
    assertThatThrownBy(() -> base().signedFor(T).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("331121-20250303-0001");
    assertThatThrownBy(() -> base().accepted(T.minusSeconds(1)).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                base()
                    .assigned(UnitId.of("u"), T.plusSeconds(10), T.plusSeconds(20))
                    .signedFor(T.plusSeconds(5))
                    .build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> base().occurredAt(T.plusSeconds(1)).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                base()
                    .applicants(Set.of(PersonKey.of("a"), PersonKey.of("b")))
                    .partyCount(1)
                    .build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
