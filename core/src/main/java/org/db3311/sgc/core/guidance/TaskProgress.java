package org.db3311.sgc.core.guidance;

import java.util.List;
import java.util.Map;

/** Where a task stands: assignees per state, verified share, and who is overdue. */
public record TaskProgress(
    GuidanceTaskId taskId,
    Map<Assignment.State, Long> byState,
    long verified,
    long assignees,
    List<GrassrootsUnit> overdue) {
  public TaskProgress {
    byState = Map.copyOf(byState);
    overdue = List.copyOf(overdue);
  }
}
