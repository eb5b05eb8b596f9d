package org.db3311.sgc.core.eventhandling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link ResultReporter} that keeps the reports it is given, in order, each report id once: a
 * repeated delivery is answered with the first reference and not kept again.
 */
public final class InMemoryResultReporter implements ResultReporter {

  private final List<EventResultReport> reports = new ArrayList<>();
  private final Map<String, String> references = new HashMap<>();

  @Override
  public synchronized String report(EventResultReport report) {
    Objects.requireNonNull(report, "report");
    return references.computeIfAbsent(
        report.reportId(),
        id -> {
          reports.add(report);
          return "result-" + reports.size();
        });
  }

  /** The reports received, each report id once, oldest first. */
  public synchronized List<EventResultReport> reports() {
    return List.copyOf(reports);
  }

  /** The reports about one matter, oldest first. */
  public synchronized List<EventResultReport> about(String matter) {
    return reports.stream().filter(r -> r.matter().equals(matter)).toList();
  }
}
