package org.db3311.sgc.core.epidemic;

import org.db3311.sgc.core.common.NotFoundException;

/** No epidemic case has the id. */
public final class EpidemicCaseNotFoundException extends NotFoundException {

  private static final long serialVersionUID = 1L;

  public EpidemicCaseNotFoundException(EpidemicCaseId id) {
    super("EpidemicCase", id.value(), "no epidemic case " + id);
  }
}
