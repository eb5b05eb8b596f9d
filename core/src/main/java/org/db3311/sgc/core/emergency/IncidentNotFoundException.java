package org.db3311.sgc.core.emergency;

import org.db3311.sgc.core.common.NotFoundException;

/** No incident has the id. */
public final class IncidentNotFoundException extends NotFoundException {

  private static final long serialVersionUID = 1L;

  public IncidentNotFoundException(IncidentId id) {
    super("Incident", id.value(), "no incident " + id);
  }
}
