package org.db3311.sgc.core.supervision;

import org.db3311.sgc.core.common.NotFoundException;

/** The subject is not under supervision: no file was opened for it. */
public final class SupervisionFileNotFoundException extends NotFoundException {

  private static final long serialVersionUID = 1L;

  public SupervisionFileNotFoundException(String subject) {
    super("SupervisionFile", subject, subject + " is not under supervision");
  }
}
