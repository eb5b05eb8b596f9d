package org.db3311.sgc.core.eventhandling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.UnitId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What every {@link ResultReporter} adapter must do. */
public abstract class ResultReporterContract {

  protected abstract ResultReporter newReporter();

  static EventResultReport report(String matter) {
    return report(matter, 1, "护栏已修复，已建立巡查机制", Instant.parse("2026-11-25T02:00:00Z"));
  }

  static EventResultReport report(String matter, int round, String text, Instant at) {
    return new EventResultReport(
        matter,
        round,
        "桥梁护栏损坏",
        "event.safety_hazard",
        EventScope.GENERAL,
        List.of(UnitId.of("wenxi-town")),
        Optional.of(UnitId.of("wenxi-town")),
        Optional.empty(),
        Optional.empty(),
        List.of("护栏已修复"),
        new EventReview("处置及时", List.of("加强巡查"), "中心主任"),
        text,
        at);
  }

  @Test
  void each_report_gets_its_own_reference() {
    ResultReporter r = newReporter();
    String a = r.report(report("331121-20261125-0001"));
    String b = r.report(report("331121-20261125-0002"));
    String secondRound =
        r.report(report("331121-20261125-0001", 2, "再次修复", Instant.parse("2026-12-01T02:00:00Z")));
    assertThat(a).isNotBlank();
    assertThat(List.of(a, b, secondRound)).doesNotHaveDuplicates();
  }

  @Test
  @Implements("6.3.1.3")
  @DisplayName(
      "a report delivered again (the event's save failed after delivery) gets the first reference")
  void a_repeated_report_id_is_delivered_once() {
    ResultReporter r = newReporter();
    String first = r.report(report("331121-20261125-0003"));
    String again = r.report(report("331121-20261125-0003"));
    String retriedLater =
        r.report(
            report("331121-20261125-0003", 1, "护栏已修复（重发）", Instant.parse("2026-11-25T05:00:00Z")));
    assertThat(again).isEqualTo(first);
    assertThat(retriedLater).as("the id, not the content, identifies the report").isEqualTo(first);
  }

  @Test
  void a_missing_report_is_refused() {
    assertThatThrownBy(() -> newReporter().report(null)).isInstanceOf(NullPointerException.class);
  }
}
