package org.db3311.sgc.core.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.facts.MatterFact;
import org.db3311.sgc.core.facts.MatterId;
import org.db3311.sgc.core.facts.MatterKind;
import org.db3311.sgc.core.facts.Outcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Implements("6.4.1.1")
@DisplayName("6.4.1.1 每日采集汇总事项发生时间、地点、处理方式、处理结果等信息")
class DailyCollectorTest {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final LocalDate DAY = LocalDate.of(2025, 3, 3);
  static final Instant MORNING = Instant.parse("2025-03-03T01:00:00Z");

  static MatterFact.Builder m(String id, MatterKind kind, Instant at) {
    return MatterFact.registered(MatterId.of(id), kind, "邻里", DivisionCode.of("331121"), at);
  }

  @Test
  @DisplayName(
      "the day's new matters and the day's results, each with time, place, handling and result")
  void collects_the_day() {
    List<MatterFact> facts =
        List.of(
            m("D1", MatterKind.DISPUTE, MORNING).handlingMethod("人民调解").build(),
            m("H1", MatterKind.SAFETY_HAZARD, MORNING.plusSeconds(3600))
                .accepted(MORNING.plusSeconds(3600))
                .closed(MORNING.plusSeconds(7200), Outcome.RESOLVED)
                .build(),
            m("P0", MatterKind.PETITION, MORNING.minusSeconds(86_400 * 3))
                .accepted(MORNING.minusSeconds(86_400 * 3))
                .closed(MORNING.plusSeconds(100), Outcome.REFERRED)
                .build(),
            m("S1", MatterKind.STABILITY_EVENT, MORNING.plusSeconds(60))
                .accepted(MORNING.plusSeconds(60))
                .closed(MORNING.plusSeconds(86_400 * 2), Outcome.RESOLVED)
                .build(),
            m("TOMORROW", MatterKind.PUBLIC_DEMAND, MORNING.plusSeconds(86_400)).build());

    DailyCollection c =
        new DailyCollector(DailyCollector.DEFAULT_KINDS, ZONE)
            .collect(DAY, MORNING.plusSeconds(86_000), facts);

    assertThat(c.registered())
        .extracting(i -> i.matter().value())
        .containsExactly("D1", "S1", "H1");
    assertThat(c.resolved())
        .extracting(i -> i.matter().value())
        .containsExactlyInAnyOrder("P0", "H1");
    CollectedItem d1 = c.registered().get(0);
    assertThat(d1.place()).isEqualTo(DivisionCode.of("331121"));
    assertThat(d1.occurredAt()).isEqualTo(MORNING);
    assertThat(d1.handlingMethod()).isEqualTo("人民调解");
    assertThat(d1.result()).isEmpty();
    assertThat(c.registered().get(1).result())
        .as("closed two days later: no result yet")
        .isEqualTo(Optional.empty());
    assertThat(c.registered().get(2).result()).contains(Outcome.RESOLVED);
  }
}
