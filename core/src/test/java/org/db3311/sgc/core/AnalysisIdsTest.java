package org.db3311.sgc.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Function;
import org.db3311.sgc.core.evaluation.feedback.FeedbackTicket;
import org.db3311.sgc.core.evaluation.improvement.CorrectiveActionId;
import org.db3311.sgc.core.risk.report.ReportDossierId;
import org.db3311.sgc.core.warning.WarningId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The typed ids of the analysis aggregates refuse what cannot be an id and print as their text. */
class AnalysisIdsTest {

  private static final List<Function<String, Object>> IDS =
      List.of(WarningId::of, FeedbackTicket::of, CorrectiveActionId::of, ReportDossierId::of);

  @Test
  @DisplayName("null, blank and padded ids are refused with a message naming the id kind")
  void bad_ids_are_refused() {
    for (Function<String, Object> of : IDS) {
      assertThatThrownBy(() -> of.apply(null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("is not blank");
      assertThatThrownBy(() -> of.apply(" \t"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("is not blank");
      assertThatThrownBy(() -> of.apply(" YJ-2026-00001"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("no leading or trailing spaces");
    }
  }

  @Test
  @DisplayName("an id prints as its text and equals another with the same text only")
  void ids_are_values() {
    assertThat(WarningId.of("YJ-2026-00001")).hasToString("YJ-2026-00001");
    assertThat(FeedbackTicket.of("FB-2026-00001")).hasToString("FB-2026-00001");
    assertThat(CorrectiveActionId.of("CA-2026-0001")).hasToString("CA-2026-0001");
    assertThat(ReportDossierId.of("WR-2026-W01")).hasToString("WR-2026-W01");
    assertThat(WarningId.of("YJ-2026-00001"))
        .isEqualTo(new WarningId("YJ-2026-00001"))
        .isNotEqualTo(WarningId.of("YJ-2027-00001"));
  }
}
