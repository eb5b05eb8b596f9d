package org.db3311.sgc.core.eventhandling;

import java.util.LinkedHashMap;
import java.util.Map;

/** A {@link CityCenterGateway} that keeps the reports it is given. */
public final class InMemoryCityCenterGateway implements CityCenterGateway {

  private final Map<String, String> reports = new LinkedHashMap<>();

  @Override
  public synchronized String report(String reference, String summary) {
    if (summary == null || summary.isBlank()) {
      throw new IllegalArgumentException("a report has a summary");
    }
    reports.put(reference, summary);
    return "city-" + reports.size();
  }

  public synchronized Map<String, String> reports() {
    return Map.copyOf(reports);
  }
}
