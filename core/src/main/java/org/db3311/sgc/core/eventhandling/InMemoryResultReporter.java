package org.db3311.sgc.core.eventhandling;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A {@link ResultReporter} that keeps the reports it is given, in order. */
public final class InMemoryResultReporter implements ResultReporter {

  private final List<EventResultReport> reports = new ArrayList<>();

  @Override
  public synchronized String report(EventResultReport report) {
    reports.add(Objects.requireNonNull(report, "report"));
    return "result-" + reports.size();
  }

  public synchronized List<EventResultReport> reports() {
    return List.copyOf(reports);
  }

  /** The reports about one matter, oldest first. */
  public synchronized List<EventResultReport> about(String matter) {
    return reports.stream().filter(r -> r.matter().equals(matter)).toList();
  }
}
