package org.db3311.sgc.core.evaluation.improvement;

import org.db3311.sgc.core.common.NotFoundException;

/** No corrective action has the id. */
public final class CorrectiveActionNotFoundException extends NotFoundException {

  private static final long serialVersionUID = 1L;

  public CorrectiveActionNotFoundException(CorrectiveActionId id) {
    super("CorrectiveAction", id.value(), "no corrective action " + id);
  }
}
