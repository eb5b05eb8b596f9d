package org.db3311.sgc.core.intake;

import java.util.NoSuchElementException;

/** No matter is registered under the number. */
public final class MatterNotFoundException extends NoSuchElementException {

  private static final long serialVersionUID = 1L;

  public MatterNotFoundException(RegistrationNumber number) {
    super("no matter is registered as " + number);
  }
}
