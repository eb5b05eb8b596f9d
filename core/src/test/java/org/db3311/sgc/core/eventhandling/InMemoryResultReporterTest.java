package org.db3311.sgc.core.eventhandling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryResultReporterTest extends ResultReporterContract {

  @Override
  protected ResultReporter newReporter() {
    return new InMemoryResultReporter();
  }

  @Test
  void keeps_the_reports_in_order_each_id_once() {
    InMemoryResultReporter r = new InMemoryResultReporter();
    r.report(report("A"));
    r.report(report("B"));
    r.report(report("A"));
    r.report(report("A", 2, "再次修复", Instant.parse("2026-12-01T02:00:00Z")));
    assertThat(r.reports())
        .extracting(EventResultReport::reportId)
        .containsExactly("A/R1", "B/R1", "A/R2");
    assertThat(r.about("A")).extracting(EventResultReport::round).containsExactly(1, 2);
  }
}
