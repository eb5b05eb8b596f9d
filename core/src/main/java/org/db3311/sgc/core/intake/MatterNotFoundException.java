package org.db3311.sgc.core.intake;

import org.db3311.sgc.core.common.NotFoundException;

/** No matter is registered under the number. */
public final class MatterNotFoundException extends NotFoundException {

  private static final long serialVersionUID = 1L;

  public MatterNotFoundException(RegistrationNumber number) {
    super("Matter", number.toString(), "no matter is registered as " + number);
  }
}
