package org.db3311.sgc.core.guidance;

import java.util.List;
import java.util.Optional;

/** Outgoing port: guidance tasks. */
public interface GuidanceTaskRepository {
  /**
   * Stores it at its next version.
   *
   * @throws org.db3311.sgc.core.common.OptimisticLockException when the stored version is no longer
   *     the one it was read at
   */
  void save(GuidanceTask task);

  Optional<GuidanceTask> find(GuidanceTaskId id);

  List<GuidanceTask> all();

  /**
   * Every stored task's id, oldest first: the supervision sweep reads each task on its own, so one
   * unreadable task is reported without stopping the others.
   */
  List<GuidanceTaskId> ids();
}
