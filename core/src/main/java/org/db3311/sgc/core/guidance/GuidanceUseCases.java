package org.db3311.sgc.core.guidance;

import org.db3311.sgc.core.common.SweepResult;

/**
 * Groups the incoming ports of guidance to the grassroots (6.4); {@link GuidanceService} implements
 * them all.
 */
public interface GuidanceUseCases extends IssueGuidanceTaskUseCase, FollowGuidanceTaskUseCase {

  /** Today's supervision notices, each sent once per assignee and level; failing tasks reported. */
  SupervisionSweep sweep();

  /**
   * A task's progress by assignee state, and the assignees overdue.
   *
   * @throws GuidanceTaskNotFoundException when there is no task under the id
   */
  TaskProgress progress(GuidanceTaskId task);

  /**
   * A task as stored now.
   *
   * @throws GuidanceTaskNotFoundException when there is no task under the id
   */
  GuidanceTaskSnapshot task(GuidanceTaskId task);

  /**
   * Every task, oldest first, and each task that could not be read: one unreadable task never hides
   * the others from the center's list.
   */
  SweepResult<GuidanceTaskSnapshot> tasks();
}
