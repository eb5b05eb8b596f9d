package org.db3311.sgc.core.emergency;

import org.db3311.sgc.core.common.NotFoundException;

/** The headquarters has no response plan with the id. */
public final class ResponsePlanNotFoundException extends NotFoundException {

  private static final long serialVersionUID = 1L;

  public ResponsePlanNotFoundException(String headquarters, String planId) {
    super("ResponsePlan", planId, headquarters + " has no plan " + planId);
  }
}
