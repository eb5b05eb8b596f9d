package org.db3311.sgc.core.warning;

import org.db3311.sgc.core.common.NotFoundException;

/** No warning has the id. */
public final class WarningNotFoundException extends NotFoundException {

  private static final long serialVersionUID = 1L;

  public WarningNotFoundException(WarningId id) {
    super("Warning", id.value(), "no warning " + id);
  }
}
