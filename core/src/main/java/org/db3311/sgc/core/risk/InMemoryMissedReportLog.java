package org.db3311.sgc.core.risk;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@link MissedReportLog} in memory, for tests and embedding. */
public final class InMemoryMissedReportLog implements MissedReportLog {

  private final Map<String, MissedReport> log = new LinkedHashMap<>();

  @Override
  public synchronized boolean record(MissedReport missed) {
    return log.putIfAbsent(missed.key(), missed) == null;
  }

  @Override
  public synchronized boolean contains(MissedReport missed) {
    return log.containsKey(missed.key());
  }

  @Override
  public synchronized List<MissedReport> all() {
    return List.copyOf(log.values());
  }
}
