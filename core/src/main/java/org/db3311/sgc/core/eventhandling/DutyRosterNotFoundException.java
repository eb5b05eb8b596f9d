package org.db3311.sgc.core.eventhandling;

import org.db3311.sgc.core.common.NotFoundException;

/** No duty roster was planned for the month. */
public final class DutyRosterNotFoundException extends NotFoundException {

  private static final long serialVersionUID = 1L;

  public DutyRosterNotFoundException(DutyRosterId id) {
    super("DutyRoster", id.toString(), "no duty roster for " + id.month());
  }
}
