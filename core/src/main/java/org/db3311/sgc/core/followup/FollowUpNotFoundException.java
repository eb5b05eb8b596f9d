package org.db3311.sgc.core.followup;

import org.db3311.sgc.core.common.NotFoundException;

/** No follow-up has the id: the matter was not closed (that often), so no round was opened. */
public final class FollowUpNotFoundException extends NotFoundException {

  private static final long serialVersionUID = 1L;

  public FollowUpNotFoundException(FollowUpId id) {
    super("FollowUp", id.toString(), "no follow-up " + id);
  }
}
