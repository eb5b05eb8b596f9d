package org.db3311.sgc.core.guidance;

import org.db3311.sgc.core.common.NotFoundException;

/** No guidance task has the id. */
public final class GuidanceTaskNotFoundException extends NotFoundException {

  private static final long serialVersionUID = 1L;

  public GuidanceTaskNotFoundException(GuidanceTaskId id) {
    super("GuidanceTask", id.value(), "no guidance task " + id);
  }
}
