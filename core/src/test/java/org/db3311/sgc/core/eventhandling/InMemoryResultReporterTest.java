package org.db3311.sgc.core.eventhandling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InMemoryResultReporterTest extends ResultReporterContract {

  @Override
  protected ResultReporter newReporter() {
    return new InMemoryResultReporter();
  }

  @Test
  void keeps_the_reports_in_order() {
    InMemoryResultReporter r = new InMemoryResultReporter();
    r.report(report("A"));
    r.report(report("B"));
    r.report(report("A"));
    assertThat(r.reports()).extracting(EventResultReport::matter).containsExactly("A", "B", "A");
    assertThat(r.about("A")).hasSize(2);
  }
}
