package org.db3311.sgc.core.eventhandling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.common.UnitId;
import org.junit.jupiter.api.Test;

/** What every {@link ResultReporter} adapter must do. */
public abstract class ResultReporterContract {

  protected abstract ResultReporter newReporter();

  static EventResultReport report(String matter) {
    return new EventResultReport(
        matter,
        "桥梁护栏损坏",
        "event.safety_hazard",
        EventScope.GENERAL,
        List.of(UnitId.of("wenxi-town")),
        Optional.of(UnitId.of("wenxi-town")),
        Optional.empty(),
        Optional.empty(),
        List.of("护栏已修复"),
        new EventReview("处置及时", List.of("加强巡查"), "中心主任"),
        "护栏已修复，已建立巡查机制",
        Instant.parse("2026-11-25T02:00:00Z"));
  }

  @Test
  void each_report_gets_its_own_reference() {
    ResultReporter r = newReporter();
    String a = r.report(report("331121-20261125-0001"));
    String b = r.report(report("331121-20261125-0002"));
    String again = r.report(report("331121-20261125-0001"));
    assertThat(a).isNotBlank();
    assertThat(List.of(a, b, again)).doesNotHaveDuplicates();
  }

  @Test
  void a_missing_report_is_refused() {
    assertThatThrownBy(() -> newReporter().report(null)).isInstanceOf(NullPointerException.class);
  }
}
