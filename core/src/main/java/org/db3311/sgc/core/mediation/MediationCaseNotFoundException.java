package org.db3311.sgc.core.mediation;

import org.db3311.sgc.core.common.NotFoundException;

/** No mediation case has the id. */
public final class MediationCaseNotFoundException extends NotFoundException {

  private static final long serialVersionUID = 1L;

  public MediationCaseNotFoundException(MediationCaseId id) {
    super("Mediation", id.toString(), "no mediation case " + id);
  }
}
