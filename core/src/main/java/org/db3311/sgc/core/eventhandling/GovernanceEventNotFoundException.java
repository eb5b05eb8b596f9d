package org.db3311.sgc.core.eventhandling;

import org.db3311.sgc.core.common.NotFoundException;
import org.db3311.sgc.core.intake.RegistrationNumber;

/** The matter has no social-governance event: it was never received into event handling. */
public final class GovernanceEventNotFoundException extends NotFoundException {

  private static final long serialVersionUID = 1L;

  public GovernanceEventNotFoundException(RegistrationNumber matter) {
    super(
        "GovernanceEvent", matter.toString(), "matter " + matter + " is not an event in handling");
  }
}
