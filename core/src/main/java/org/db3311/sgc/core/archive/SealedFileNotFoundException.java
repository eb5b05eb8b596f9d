package org.db3311.sgc.core.archive;

import org.db3311.sgc.core.common.NotFoundException;

/** No sealed file is archived under the id. */
public final class SealedFileNotFoundException extends NotFoundException {

  private static final long serialVersionUID = 1L;

  public SealedFileNotFoundException(String fileId) {
    super("SealedFile", fileId, "no file " + fileId + " is archived");
  }
}
