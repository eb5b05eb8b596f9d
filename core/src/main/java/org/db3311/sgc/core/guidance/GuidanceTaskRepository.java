package org.db3311.sgc.core.guidance;

import java.util.List;
import java.util.Optional;

/** Outgoing port: guidance tasks. */
public interface GuidanceTaskRepository {
  void save(GuidanceTask task);

  Optional<GuidanceTask> find(String id);

  List<GuidanceTask> all();
}
